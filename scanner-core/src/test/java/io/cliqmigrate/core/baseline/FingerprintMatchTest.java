package io.cliqmigrate.core.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class FingerprintMatchTest {
    @Test
    void eachEarlierFindingMatchesOnceSoASecondIdenticalLineIsNew() {
        List<String> before = List.of("a1", "b2", "b2", "gone");
        List<String> now = List.of("b2", "a1", "b2", "b2", "c3");

        FingerprintMatch<String, String> match = FingerprintMatch.of(before, Function.identity(), now,
                Function.identity());

        assertThat(match.matched()).containsExactly("b2", "a1", "b2");
        assertThat(match.added()).containsExactly("b2", "c3");
        assertThat(match.gone()).containsExactly("gone");
    }
}
