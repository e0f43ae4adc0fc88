package io.cliqmigrate.core.engine;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Decides from raw bytes whether a file could produce a finding: it must contain one of the trigger words
 * (ASCII case-insensitively, or exactly for constant names). Files that fail here are never decoded or parsed.
 * Each word is looked for at its rarest letter ({@code z} in "zoho", {@code q} in "cliq", {@code k} in
 * "authtoken"), so the hot loop mostly skips bytes with one table lookup.
 */
final class Prefilter {
    static final List<String> TRIGGERS = List.of("authtoken", "auth_token", "zoho", "cliq", "zapikey");
    /** Letters from rarest to commonest in source code; unlisted bytes count as rarest of all. */
    private static final String COMMONNESS = "zqjxkvywbgfpmhucdlrsnoitea";

    private final byte[][] words;
    /** Per word, a lower-case letter that must not stand right before it (0: none). */
    private final byte[] notAfter;
    private final int[] anchorOffset;
    /** For each byte value, the indexes of the words anchored on it, or {@code null}. */
    private final int[][] byAnchor = new int[256][];
    private final boolean ignoreCase;
    /** Whether a word must stand alone as an identifier: {@code AUTH} in {@code Endpoints.AUTH}, not in {@code OAUTH}. */
    private final boolean wholeIdentifiers;

    Prefilter(List<String> triggers, boolean ignoreCase) {
        this(triggers, ignoreCase, false);
    }

    /** Matches the names exactly, and only as whole identifiers: the names of constants a file may use. */
    static Prefilter identifiers(List<String> names) {
        return new Prefilter(names, false, true);
    }

    private Prefilter(List<String> triggers, boolean ignoreCase, boolean wholeIdentifiers) {
        this.ignoreCase = ignoreCase;
        this.wholeIdentifiers = wholeIdentifiers;
        words = new byte[triggers.size()][];
        notAfter = new byte[triggers.size()];
        anchorOffset = new int[triggers.size()];
        for (int i = 0; i < triggers.size(); i++) {
            String trigger = triggers.get(i);
            // "o|authtoken": authtoken, but not inside oauthtoken
            if (trigger.length() > 2 && trigger.charAt(1) == '|') {
                notAfter[i] = (byte) Character.toLowerCase(trigger.charAt(0));
                trigger = trigger.substring(2);
            }
            String word = ignoreCase ? trigger.toLowerCase(Locale.ROOT) : trigger;
            words[i] = word.getBytes(StandardCharsets.UTF_8);
            int anchor = rarest(words[i]);
            anchorOffset[i] = anchor;
            add(words[i][anchor] & 0xff, i);
            if (ignoreCase && words[i][anchor] >= 'a' && words[i][anchor] <= 'z') {
                add(Character.toUpperCase((char) words[i][anchor]), i);
            }
        }
    }

    Prefilter() {
        this(TRIGGERS, true);
    }

    int size() {
        return words.length;
    }

    boolean isEmpty() {
        return words.length == 0;
    }

    boolean matches(byte[] bytes, int length) {
        int[][] table = byAnchor;
        for (int i = 0; i < length; i++) {
            int[] candidates = table[bytes[i] & 0xff];
            if (candidates != null) {
                for (int w : candidates) {
                    int at = i - anchorOffset[w];
                    if (matchesAt(bytes, length, at, words[w])
                            && (notAfter[w] == 0 || at == 0 || (bytes[at - 1] | 0x20) != notAfter[w])
                            && (!wholeIdentifiers || standsAlone(bytes, length, at, words[w].length))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    boolean matches(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return matches(bytes, bytes.length);
    }

    private boolean matchesAt(byte[] bytes, int length, int at, byte[] word) {
        if (at < 0 || at + word.length > length) {
            return false;
        }
        for (int j = 0; j < word.length; j++) {
            byte b = bytes[at + j];
            if (ignoreCase && b >= 'A' && b <= 'Z') {
                b = (byte) (b | 0x20);
            }
            if (b != word[j]) {
                return false;
            }
        }
        return true;
    }

    private static boolean standsAlone(byte[] bytes, int length, int at, int wordLength) {
        return (at == 0 || !isIdentifierByte(bytes[at - 1]))
                && (at + wordLength >= length || !isIdentifierByte(bytes[at + wordLength]));
    }

    private static boolean isIdentifierByte(byte b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_' || b == '$'
                || b < 0; // a byte of a multi-byte UTF-8 letter
    }

    private void add(int b, int word) {
        int[] old = byAnchor[b];
        int[] grown = old == null ? new int[1] : java.util.Arrays.copyOf(old, old.length + 1);
        grown[grown.length - 1] = word;
        byAnchor[b] = grown;
    }

    private static int rarest(byte[] word) {
        int best = 0;
        int bestRank = Integer.MAX_VALUE;
        for (int i = 0; i < word.length; i++) {
            int c = Character.toLowerCase((char) (word[i] & 0xff));
            int rank = COMMONNESS.indexOf(c);
            rank = rank < 0 ? -1 : rank;
            if (rank < bestRank) {
                bestRank = rank;
                best = i;
            }
        }
        return best;
    }
}
