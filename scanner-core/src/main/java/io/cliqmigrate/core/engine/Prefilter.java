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

    Prefilter(List<String> triggers) {
        words = new byte[triggers.size()][];
        for (int i = 0; i < triggers.size(); i++) {
            words[i] = triggers.get(i).getBytes(StandardCharsets.US_ASCII);
            byte first = words[i][0];
            firstByte[first & 0xff] = true;
            firstByte[Character.toUpperCase((char) first) & 0xff] = true;
        }
    }

    Prefilter() {
        this(TRIGGERS);
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
            while (j < word.length && (bytes[at + j] | 0x20) == word[j]) {
                j++;
            }
            if (j == word.length) {
                return true;
            }
        }
        return false;
    }

    boolean matches(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (byte[] word : words) {
            if (lower.contains(new String(word, StandardCharsets.US_ASCII))) {
                return true;
            }
        }
        return false;
    }
}
