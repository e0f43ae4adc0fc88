package io.cliqmigrate.rules.support;

import io.cliqmigrate.core.code.Binding;
import io.cliqmigrate.core.code.CallFact;
import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.FoldedString;
import io.cliqmigrate.core.code.StringExpr;
import io.cliqmigrate.core.code.ZohoHints;
import io.cliqmigrate.core.model.TextRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A Zoho user's e-mail and password kept as data for the authtoken generator, where no generator URL is in sight:
 * a configuration section for a Zoho account with the generator's own field names ({@code email_id} and
 * {@code password}), or a literal e-mail and password handed to a function that makes a token
 * ({@code generateAuthToken('ops@example.com', 'secret')}). Each is the password's place.
 */
public final class GeneratorCredentials {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s\"']+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    private GeneratorCredentials() {}

    /**
     * The passwords of configuration sections that hold an {@code email_id} (the generator's EMAIL_ID, not an SMTP
     * login's {@code email} or {@code user}) written out as an address, a written-out password, and a Zoho mark: the
     * section's own name says Zoho or Cliq, or one of its values does ({@code "provider": "zoho"}) or is an
     * authtoken-era scope ({@code ZohoCRM/crmapi}).
     */
    public static List<Binding> sectionPasswords(CodeFacts facts) {
        Map<String, List<Binding>> sections = new HashMap<>();
        for (Binding binding : facts.bindings()) {
            if (binding.kind() == Binding.Kind.CONFIG_KEY) {
                sections.computeIfAbsent(section(binding.name()), s -> new ArrayList<>()).add(binding);
            }
        }
        List<Binding> passwords = new ArrayList<>();
        for (Map.Entry<String, List<Binding>> section : sections.entrySet()) {
            List<Binding> settings = section.getValue();
            boolean emailId = settings.stream().anyMatch(b -> isEmailIdName(last(b.name()))
                    && EMAIL.matcher(String.valueOf(b.value().literalValue()).trim()).matches());
            if (emailId && (ZohoPatterns.words(section.getKey()).stream().anyMatch(w -> w.equals("zoho")
                    || w.equals("cliq")) || settings.stream().anyMatch(GeneratorCredentials::marksZoho))) {
                // a flat file (.env, top-level keys) is one section for everything: there the key must name Zoho
                settings.stream().filter(b -> isPassword(last(b.name())) && writtenOut(b.value())
                        && (!section.getKey().isEmpty() || ZohoHints.isHint(b.name()))).forEach(passwords::add);
            }
        }
        return passwords;
    }

    /**
     * The literal passwords handed, right after a literal e-mail address, to a call that makes a token
     * ({@code generateAuthToken}, {@code get_auth_token}, {@code createToken}): where each password is written.
     */
    public static List<TextRange> argumentPasswords(CodeFacts facts) {
        List<TextRange> passwords = new ArrayList<>();
        for (CallFact call : facts.calls()) {
            if (!makesToken(call.name())) {
                continue;
            }
            List<StringExpr> args = call.args();
            for (int i = 0; i + 1 < args.size(); i++) {
                String email = facts.fold(args.get(i)).text();
                StringExpr password = args.get(i + 1);
                String value = facts.fold(password).text();
                if (EMAIL.matcher(email.trim()).matches() && value.indexOf(FoldedString.HOLE) < 0
                        && writtenOut(value)) {
                    passwords.add(StringMatches.valueRange(facts, password, value));
                }
            }
        }
        return passwords;
    }

    private static boolean makesToken(String callName) {
        List<String> words = ZohoPatterns.words(callName);
        return words.contains("authtoken") || words.contains("token") && (words.contains("auth")
                || words.contains("generate") || words.contains("create") || words.contains("get")
                || words.contains("new"));
    }

    private static boolean marksZoho(Binding binding) {
        String value = binding.value() == null ? null : binding.value().literalValue();
        return value != null && (ZohoHints.isLiteralHint(value.trim())
                || ZohoPatterns.LEGACY_SCOPE.matcher(value).find());
    }

    private static boolean isEmailIdName(String key) {
        return ZohoPatterns.words(key).equals(List.of("email", "id")) || key.equalsIgnoreCase("emailid");
    }

    private static boolean isPassword(String key) {
        List<String> words = ZohoPatterns.words(key);
        return words.contains("password") || words.contains("passwd");
    }

    private static boolean writtenOut(StringExpr value) {
        String text = value == null ? null : value.literalValue();
        return text != null && writtenOut(text);
    }

    /** A password written out, not left empty or a placeholder for one ({@code ${ZOHO_PASSWORD}}, {@code <password>}). */
    private static boolean writtenOut(String value) {
        return !value.isBlank() && !value.matches("[A-Z_]+|\\$\\{.*|\\{\\{.*|%.*%|<.*>|\\*+");
    }

    private static String section(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(0, dot);
    }

    private static String last(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
