package io.cliqmigrate.rules.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Rules decide from a key's or call's words whether it names a token, a password or Zoho. */
class ZohoPatternsWordsTest {
    @Test
    void splitsEveryNamingStyleIntoTheSameWords() {
        assertThat(ZohoPatterns.words("authToken")).containsExactly("auth", "token");
        assertThat(ZohoPatterns.words("AUTH_TOKEN")).containsExactly("auth", "token");
        assertThat(ZohoPatterns.words("zoho.cliq.auth-token")).containsExactly("zoho", "cliq", "auth", "token");
        assertThat(ZohoPatterns.words("HTTPServerAuthtoken2")).containsExactly("http", "server", "authtoken2");
        assertThat(ZohoPatterns.words("get_ZohoAuthToken")).containsExactly("get", "zoho", "auth", "token");
        assertThat(ZohoPatterns.words("")).isEmpty();
    }

    @Test
    void agreesWithTheRegularExpressionsItReplacedOnRandomNames() {
        Random random = new Random(11);
        String alphabet = "aZ9_.-zAb0 éQxYy";
        for (int round = 0; round < 50_000; round++) {
            StringBuilder name = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(ZohoPatterns.words(name.toString())).as(name.toString()).isEqualTo(byRegex(name.toString()));
        }
    }

    private static List<String> byRegex(String name) {
        String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("([A-Z]+)([A-Z][a-z])", "$1 $2");
        List<String> words = new ArrayList<>();
        for (String w : spaced.split("[^A-Za-z0-9]+")) {
            if (!w.isEmpty()) {
                words.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }
}
