package io.cliqmigrate.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.cliqmigrate.core.model.Redactor;
import org.junit.jupiter.api.Test;

/** What a fingerprint keeps of a line, and what it gives away of a masked value on it. */
class FingerprintHashesTest {
    private static final String RULE = "hardcoded-legacy-token";
    private static final String PATH = "src/main/resources/application.properties";

    @Test
    void reIndentingKeepsBothHashesAndAMoveKeepsTheCodeHash() {
        CodeFrames.Hashes flat = CodeFrames.hashes(RULE, PATH, "url = base + \"?authtoken=\" + t", "url = base + \"?authtoken=\" + t");
        CodeFrames.Hashes indented = CodeFrames.hashes(RULE, PATH, "\t    url  =  base + \"?authtoken=\" + t  ",
                "\t    url  =  base + \"?authtoken=\" + t  ");
        CodeFrames.Hashes moved = CodeFrames.hashes(RULE, "config/application.properties",
                "url = base + \"?authtoken=\" + t", "url = base + \"?authtoken=\" + t");

        assertThat(indented).isEqualTo(flat);
        assertThat(moved.fingerprint()).isNotEqualTo(flat.fingerprint());
        assertThat(moved.codeHash()).isEqualTo(flat.codeHash());
    }

    @Test
    void aMatchingFingerprintDoesNotConfirmAGuessedPassword() {
        String line = "zoho.password=Summer2024!";
        String shown = "zoho.password=" + Redactor.mask("Summer2024!");
        String published = CodeFrames.hashes(RULE, PATH, shown, line).fingerprint();

        // an attacker who has the report tries 300,000 passwords of the same length and first letters
        int matching = 0;
        for (int i = 0; i < 300_000; i++) {
            String guess = String.format("Su%09d", i);
            if (CodeFrames.hashes(RULE, PATH, shown, "zoho.password=" + guess).fingerprint().equals(published)) {
                matching++;
            }
        }

        // 16 bits: about one guess in 65,536 matches, so a match tells nothing about which one is the password
        assertThat(matching).isGreaterThan(1);
        assertThat(CodeFrames.hashes(RULE, PATH, shown, "zoho.password=Summer2031!").fingerprint())
                .isNotEqualTo(published);
    }
}
