package io.cliqmigrate.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The prefilter decides which files are read at all: a word it misses is a finding the scan never makes. Its fast
 * loop (eight bytes at a time) must answer exactly as a plain search does, wherever the word falls in a block.
 */
class PrefilterTest {
    private static final String FILLER = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_ .=\"/\n\t{}";

    @Test
    void findsTheTriggerWordsInAnyCaseAtEveryOffsetOfABlock() {
        Prefilter filter = new Prefilter();
        for (String word : List.of("AuthToken", "auth_token", "ZOHO", "cliq", "zApiKey")) {
            for (int offset = 0; offset < 24; offset++) {
                String text = "x".repeat(offset) + word + "y".repeat(offset % 5);
                assertThat(filter.matches(bytes(text), bytes(text).length)).as(text).isTrue();
            }
        }
        assertThat(filter.matches(bytes("public class Lock { void break_(); }"), 35)).isFalse();
    }

    @Test
    void answersAsAPlainSearchOnRandomText() {
        Random random = new Random(7);
        Prefilter triggers = new Prefilter();
        Prefilter legacy = new Prefilter(List.of("o|authtoken", "crmapi", "email_id", "/private/"), true);
        Prefilter names = Prefilter.identifiers(List.of("AUTH_URL", "tokenParam", "X"));
        for (int round = 0; round < 20_000; round++) {
            String text = randomText(random);
            byte[] b = bytes(text);
            // only the first bytes count: the rest of the buffer is a previous file's
            byte[] buffer = java.util.Arrays.copyOf(b, b.length + 9);
            java.util.Arrays.fill(buffer, b.length, buffer.length, (byte) 'z');
            assertThat(triggers.matches(buffer, b.length)).as(text)
                    .isEqualTo(containsAny(text.toLowerCase(Locale.ROOT), Prefilter.TRIGGERS));
            assertThat(legacy.matches(buffer, b.length)).as(text).isEqualTo(
                    notAfterO(text.toLowerCase(Locale.ROOT), "authtoken")
                            || containsAny(text.toLowerCase(Locale.ROOT), List.of("crmapi", "email_id", "/private/")));
            assertThat(names.matches(buffer, b.length)).as(text)
                    .isEqualTo(java.util.regex.Pattern.compile("(?<![\\w$])(AUTH_URL|tokenParam|X)(?![\\w$])")
                            .matcher(text).find());
        }
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(40);
        List<String> pieces = List.of("authtoken", "AUTHTOKEN", "oauthtoken", "auth_token", "zoho", "Cliq", "zapikey",
                "crmapi", "email_id", "/private/", "AUTH_URL", "tokenParam", "X", "k", "q", "z");
        while (text.length() < length) {
            if (random.nextInt(6) == 0) {
                text.append(pieces.get(random.nextInt(pieces.size())));
            } else {
                text.append(FILLER.charAt(random.nextInt(FILLER.length())));
            }
        }
        return text.toString();
    }

    private static boolean containsAny(String text, List<String> words) {
        return words.stream().anyMatch(text::contains);
    }

    private static boolean notAfterO(String lower, String word) {
        for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
            if (at == 0 || lower.charAt(at - 1) != 'o') {
                return true;
            }
        }
        return false;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
