package io.cliqmigrate.core.engine;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Decides from raw bytes whether a file could produce a finding: it must contain one of the trigger words,
 * case-insensitively. Files that fail here are never decoded or parsed.
 */
final class Prefilter {
    static final List<String> TRIGGERS = List.of("authtoken", "auth_token", "zoho", "cliq", "zapikey");

    private final byte[][] words;
    private final boolean[] firstByte = new boolean[256];
    private final boolean ignoreCase;

    /** Case-insensitive for ASCII letters when {@code ignoreCase}; other bytes always match exactly. */
    Prefilter(List<String> triggers, boolean ignoreCase) {
        this.ignoreCase = ignoreCase;
        words = new byte[triggers.size()][];
        for (int i = 0; i < triggers.size(); i++) {
            String word = ignoreCase ? triggers.get(i).toLowerCase(java.util.Locale.ROOT) : triggers.get(i);
            words[i] = word.getBytes(StandardCharsets.UTF_8);
            byte first = words[i][0];
            firstByte[first & 0xff] = true;
            if (ignoreCase) {
                firstByte[Character.toUpperCase((char) first) & 0xff] = true;
            }
        }
    }

    Prefilter() {
        this(TRIGGERS, true);
    }

    boolean isEmpty() {
        return words.length == 0;
    }

    boolean matches(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (firstByte[bytes[i] & 0xff] && matchesAt(bytes, length, i)) {
                return true;
            }
        }
        return false;
    }

    private boolean matchesAt(byte[] bytes, int length, int at) {
        for (byte[] word : words) {
            if (at + word.length > length) {
                continue;
            }
            int j = 0;
            while (j < word.length && fold(bytes[at + j]) == word[j]) {
                j++;
            }
            if (j == word.length) {
                return true;
            }
        }
        return false;
    }

    private byte fold(byte b) {
        return ignoreCase && b >= 'A' && b <= 'Z' ? (byte) (b | 0x20) : b;
    }

    boolean matches(String text) {
        String lower = ignoreCase ? text.toLowerCase(java.util.Locale.ROOT) : text;
        for (byte[] word : words) {
            if (lower.contains(new String(word, StandardCharsets.US_ASCII))) {
                return true;
            }
        }
        return false;
    }
}
