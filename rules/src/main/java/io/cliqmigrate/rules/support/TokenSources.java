package io.cliqmigrate.rules.support;

import io.cliqmigrate.core.code.Binding;
import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.model.TextRange;
import io.cliqmigrate.core.rule.RuleContext;
import io.cliqmigrate.rules.support.WebhookRewrites.SettingRead;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The setting or environment variable a token expression reads, if this file shows it: read right in the
 * expression ({@code getenv("CLIQ_AUTHTOKEN")}, {@code $CLIQ_AUTHTOKEN}), or through a name the file gives it
 * ({@code TOKEN = os.getenv(…)}, {@code @Value("${zoho.cliq.authtoken}") String token}). A name the file also
 * gives a written value (a constant holding the token), a parameter or a call is not a setting: nothing the fix
 * renames guarantees what it sends, so such a use stays manual.
 */
public final class TokenSources {
    /** An environment read written inside an interpolation or a shell word: {@code {os.environ['X']}}, {@code ${X}}. */
    private static final Pattern ENV_READ = Pattern.compile("(?:environ(?:\\.get)?\\s*[\\[(]|getenv\\s*\\(|Getenv\\s*\\("
            + "|GetEnvironmentVariable\\s*\\(|ENV(?:\\.fetch)?\\s*[\\[(]|process\\.env\\.)\\s*['\"]?([A-Za-z_][\\w.\\-]*)");
    private static final Pattern SHELL_VARIABLE = Pattern.compile("^\"?\\$\\{?([A-Za-z_]\\w*)");
    /** A value that is just a name: {@code TOKEN}, {@code ${TOKEN}}, {@code {token}}, {@code % TOKEN}, {@code self.token}. */
    private static final Pattern NAME = Pattern.compile(
            "^[\\s%$@{(+.#`]*(?:self\\.|this\\.|@)?([A-Za-z_]\\w*)[\\s})`\"']*$");
    /** A name, a member of names ({@code a.b}, {@code $a->b}), or a name indexed by a written key ({@code $o['k']}). */
    private static final Pattern HOLDER = Pattern.compile("^(?:\\$?(?:[A-Za-z_][\\w$]*(?:\\.|->|::)\\$?)*([A-Za-z_][\\w]*)"
            + "|\\$?[A-Za-z_][\\w$.>-]*\\[\\s*['\"]([\\w.-]+)['\"]\\s*])$");
    /** Between a {@code @Value("…")} argument and the field or parameter it binds: modifiers, annotations, type. */
    private static final Pattern ANNOTATED = Pattern.compile(
            "^\\s*\\)\\s*(?:(?:@[\\w.]+(?:\\([^()]*\\))?|[\\w.<>\\[\\]?,]+)\\s+)*$");

    /** The setting a token's value reads, and where its name is written in this file (null: not here). */
    public record Setting(String key, TextRange at) {}

    /** A name given a written value: no setting, whatever the file reads elsewhere. */
    private static final Setting WRITTEN = new Setting("", null);

    /** The property naming the setting a finding uses; the engine joins (or drops) its rename over all of them. */
    public static final String CONFIG_KEY = "configKey";

    private TokenSources() {}

    /** The properties of a finding on a token's use: the setting it reads, if the file shows one. */
    public static Map<String, String> properties(Optional<Setting> setting) {
        return setting.map(s -> Map.of(CONFIG_KEY, s.key())).orElse(Map.of());
    }

    /**
     * The setting the value written at {@code value} reads; empty when it is written out or the file reads no
     * setting. A value of unknown origin (a parameter, a field set from one) in a file that reads exactly one
     * authtoken setting is taken to be that setting without proof ({@link Setting#at} null): its finding names
     * the setting, so a rename of it waits for this use, but no fix relies on it.
     */
    public static Optional<Setting> of(RuleContext ctx, CodeFacts facts, TextRange value, List<SettingRead> reads) {
        Optional<Setting> direct = direct(ctx, value, reads);
        if (direct.isPresent()) {
            return direct;
        }
        Matcher name = NAME.matcher(ctx.file().slice(value));
        Setting declared = name.matches() ? declared(ctx, facts, name.group(1), reads) : null;
        if (declared == WRITTEN) {
            return Optional.empty();
        }
        if (declared != null) {
            return Optional.of(declared);
        }
        List<String> keys = reads.stream().map(r -> SettingRewrites.normal(r.key())).distinct().toList();
        return keys.size() == 1 ? Optional.of(new Setting(reads.get(0).key(), null)) : Optional.empty();
    }

    /**
     * The name the value written at {@code value} is, when it is just a name that says authtoken
     * ({@code auth_token}, {@code this.authToken}, {@code settings.deskAuthToken}, {@code $options['zoho_auth_token']}),
     * not an OAuth token's nor another vendor's: its last name, or the key it indexes.
     */
    public static Optional<String> authtokenName(RuleContext ctx, TextRange value) {
        Matcher name = HOLDER.matcher(ctx.file().slice(value).trim());
        if (!name.matches()) {
            return Optional.empty();
        }
        String last = name.group(1) != null ? name.group(1) : name.group(2);
        return saysAuthtoken(last) ? Optional.of(last) : Optional.empty();
    }

    /** A name with the word authtoken, or auth then token ({@code deskAuthToken}), and no other vendor's name. */
    public static boolean saysAuthtoken(String name) {
        if (ZohoPatterns.OTHER_VENDOR.matcher(name).find()) {
            return false;
        }
        List<String> words = ZohoPatterns.words(name);
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).equals("authtoken")
                    || words.get(i).equals("auth") && i + 1 < words.size() && words.get(i + 1).equals("token")) {
                return true;
            }
        }
        return false;
    }

    /** A read of a setting or of the environment written inside {@code range}. */
    private static Optional<Setting> direct(RuleContext ctx, TextRange range, List<SettingRead> reads) {
        for (SettingRead read : reads) {
            if (read.range().start() >= range.start() && read.range().end() <= range.end()) {
                return Optional.of(new Setting(read.key(), read.range()));
            }
        }
        String source = ctx.file().slice(range).trim();
        Matcher env = ctx.file().languageId().equals("shell") ? SHELL_VARIABLE.matcher(source)
                : ENV_READ.matcher(source);
        return env.find() ? Optional.of(new Setting(env.group(1), range)) : Optional.empty();
    }

    /**
     * The one setting every assignment of {@code name} in the file reads, or a field bound to a setting by an
     * annotation; {@link #WRITTEN} where the file gives the name a written value, null where it does not tell.
     */
    private static Setting declared(RuleContext ctx, CodeFacts facts, String name, List<SettingRead> reads) {
        Assignments index = facts.answer("tokenSources.assignments", Assignments::of);
        List<Binding> bindings = index.bindings().getOrDefault(name, List.of());
        for (Binding binding : bindings) {
            if (binding.value() != null && binding.value().literalValue() != null) {
                return WRITTEN;
            }
        }
        Setting found = null;
        String text = ctx.file().text();
        for (int end : index.ends().getOrDefault(name, List.of())) {
            Optional<Setting> read = direct(ctx, new TextRange(end, statementEnd(text, end)), reads);
            if (read.isEmpty() || found != null && !same(found, read.get().key())) {
                return null;
            }
            found = read.get();
        }
        for (Binding binding : bindings) {
            for (SettingRead read : reads) {
                if (read.range().end() <= binding.nameRange().start() && ANNOTATED.matcher(
                        text.substring(read.range().end(), binding.nameRange().start())).matches()) {
                    if (found != null && !same(found, read.key())) {
                        return null;
                    }
                    found = new Setting(read.key(), read.range());
                }
            }
        }
        return found;
    }

    /**
     * A file's assignments by name, found in one pass: where each one's value starts ({@code token = …},
     * {@code self.token = …}, {@code $token = …}, {@code token: String = …}), and its bindings other than settings.
     */
    private record Assignments(java.util.Map<String, List<Integer>> ends,
                               java.util.Map<String, List<Binding>> bindings) {
        static Assignments of(CodeFacts facts) {
            java.util.Map<String, List<Integer>> ends = new java.util.HashMap<>();
            Matcher assignment = ASSIGNMENT.matcher(facts.file().text());
            while (assignment.find()) {
                ends.computeIfAbsent(assignment.group(1), k -> new java.util.ArrayList<>()).add(assignment.end());
            }
            java.util.Map<String, List<Binding>> bindings = new java.util.HashMap<>();
            for (Binding binding : facts.bindings()) {
                if (binding.kind() != Binding.Kind.CONFIG_KEY) {
                    bindings.computeIfAbsent(binding.name(), k -> new java.util.ArrayList<>()).add(binding);
                }
            }
            return new Assignments(ends, bindings);
        }
    }

    private static final Pattern ASSIGNMENT = Pattern.compile(
            "(?<![\\w.$])(?:self\\.|this\\.|\\$|@)?([A-Za-z_]\\w*)(?:\\s*:\\s*[\\w.<>\\[\\]?]+)?\\s*:?=(?![=>~])");


    private static boolean same(Setting setting, String key) {
        return SettingRewrites.normal(setting.key()).equals(SettingRewrites.normal(key));
    }

    private static int statementEnd(String text, int from) {
        int end = from;
        while (end < text.length() && ";\n\r".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return end;
    }
}
