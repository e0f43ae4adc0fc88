package io.cliqmigrate.core.engine;

import io.cliqmigrate.core.code.Binding;
import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.Constant;
import io.cliqmigrate.core.code.Part;
import io.cliqmigrate.core.code.StringExpr;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which other files a scan of some changed files must read too, decided on their bytes: those that name, as an
 * identifier, a constant the changed files declare (its readers) or use (its declarer), and those that name a
 * setting the changed files set, in any of Spring's relaxed spellings ({@code zoho.cliq.auth-token},
 * {@code ZOHO_CLIQ_AUTHTOKEN}): its readers. A superset, as a name may be another's too: never a file missed for it.
 */
final class DependentFiles {
    private final Prefilter constants;
    private final List<byte[]> settingKeys;

    private DependentFiles(Set<String> constantNames, Set<String> keys) {
        this.constants = constantNames.isEmpty() ? null : Prefilter.identifiers(List.copyOf(constantNames));
        this.settingKeys = keys.stream().map(k -> k.getBytes(StandardCharsets.UTF_8)).toList();
    }

    static DependentFiles of(List<CodeFacts> changed) {
        Set<String> names = new TreeSet<>();
        Set<String> keys = new TreeSet<>();
        for (CodeFacts facts : changed) {
            for (Constant c : facts.exports()) {
                names.add(simpleName(c.key()));
            }
            for (StringExpr expr : facts.strings()) {
                for (Part part : expr.parts()) {
                    if (part instanceof Part.Ref ref && mayBeElsewhere(ref.text())) {
                        names.add(simpleName(ref.text()));
                    }
                }
            }
            for (Binding b : facts.bindings()) {
                if (b.kind() == Binding.Kind.CONFIG_KEY) {
                    String key = io.cliqmigrate.core.code.SettingKeys.relaxed(b.name());
                    if (!key.isEmpty()) {
                        keys.add(key);
                    }
                }
            }
        }
        return new DependentFiles(names, keys);
    }

    boolean isEmpty() {
        return constants == null && settingKeys.isEmpty();
    }

    /** Whether a file with these bytes may read what the changed files declare, or declare what they read. */
    boolean dependsOn(byte[] bytes, int length) {
        if (constants != null && constants.matches(bytes, length)) {
            return true;
        }
        if (settingKeys.isEmpty()) {
            return false;
        }
        byte[] relaxed = new byte[length];
        int n = 0;
        for (int i = 0; i < length; i++) {
            byte b = bytes[i];
            if (b != '.' && b != '_' && b != '-') {
                relaxed[n++] = b >= 'A' && b <= 'Z' ? (byte) (b + 32) : b;
            }
        }
        for (byte[] key : settingKeys) {
            if (indexOf(relaxed, n, key) >= 0) {
                return true;
            }
        }
        return false;
    }


    /**
     * Whether a reference may name another file's constant: qualified ({@code Endpoints.LEADS}) or named as
     * constants are ({@code LEADS}, statically imported); a parameter or local ({@code token}) is the file's own.
     */
    private static boolean mayBeElsewhere(String text) {
        return text.indexOf('.') > 0 || text.chars().anyMatch(Character::isLetter)
                && text.chars().noneMatch(Character::isLowerCase);
    }

    private static String simpleName(String key) {
        return key.substring(key.lastIndexOf('.') + 1);
    }

    private static int indexOf(byte[] text, int length, byte[] word) {
        outer:
        for (int i = 0; i + word.length <= length; i++) {
            for (int j = 0; j < word.length; j++) {
                if (text[i + j] != word[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
