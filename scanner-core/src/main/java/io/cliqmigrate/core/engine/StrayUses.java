package io.cliqmigrate.core.engine;

import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.Comment;
import io.cliqmigrate.core.code.Part;
import io.cliqmigrate.core.code.StringExpr;
import io.cliqmigrate.core.model.TextEdit;
import io.cliqmigrate.core.model.TextRange;
import io.cliqmigrate.core.model.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A last look before a setting is renamed: code that uses the setting's last name in a way no rule reports as a
 * read (an attribute read {@code settings.zoho.cliq.authtoken}, {@code config.zoho.cliq.authtoken}, a bound property
 * {@code public string AuthToken { get; set; }}, a bean's {@code getAuthtoken()} or {@code String authtoken;}, a
 * subscript {@code section["AuthToken"]} of a section read elsewhere) would
 * be left reading a name that no longer exists. Any such use outside the rename's own edits, in code (not in a
 * string or a comment), holds the rename back. Configuration files and scripts are left to the rules.
 */
final class StrayUses implements java.util.function.BiPredicate<String, Set<TextEdit>> {
    private static final Set<String> NOT_CODE = Set.of("properties", "env", "toml", "ini", "yaml", "json", "xml",
            "deluge");

    private final List<CodeFacts> code;
    /** Each code file's text lower-cased without dashes and underscores, made when a setting is first looked up. */
    private final String[] folded;

    private String folded(int i) {
        if (folded[i] == null) {
            folded[i] = code.get(i).file().text().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        }
        return folded[i];
    }

    /** Per file, the lines where a finding names a setting, and the settings named there (normalised). */
    private final Map<String, Map<Integer, Set<String>>> namedReads = new HashMap<>();

    StrayUses(List<CodeFacts> candidates) {
        this(candidates, List.of());
    }

    /**
     * @param findings the scan's findings: a use that a rule reports as a read of another setting ({@code
     *                 SETTINGS["crm"]["authtoken"]} of a TOML file's {@code crm.authtoken}) is that setting's
     */
    StrayUses(List<CodeFacts> candidates, List<Finding> findings) {
        this.code = candidates.stream().filter(f -> !NOT_CODE.contains(f.file().languageId())).toList();
        this.folded = new String[code.size()];
        for (Finding f : findings) {
            String named = f.properties().get(LinkedFixes.KEY);
            if (named != null) {
                namedReads.computeIfAbsent(f.location().path(), p -> new HashMap<>())
                        .computeIfAbsent(f.location().startLine(), l -> new java.util.HashSet<>()).add(normal(named));
            }
        }
    }

    /** Whether a finding on the line of {@code at} reads a setting, and none of those is {@code key}. */
    private boolean readOfOther(CodeFacts facts, int at, String key) {
        Set<String> named = namedReads.getOrDefault(facts.file().path(), Map.of())
                .get(facts.file().lines().line(at));
        return named != null && !named.contains(normal(key));
    }

    @Override
    public boolean test(String key, Set<TextEdit> renameEdits) {
        String[] parts = key.split("[.:]|__");
        String last = parts[parts.length - 1];
        if (last.isEmpty()) {
            return false;
        }
        String word = java.util.Arrays.stream(last.split("[-_]")).filter(p -> !p.isEmpty()).map(Pattern::quote)
                .collect(java.util.stream.Collectors.joining("[-_]?"));
        for (Use use : uses.computeIfAbsent(word, w -> uses(w, last))) {
            CodeFacts facts = code.get(use.file());
            String text = facts.file().text();
            TextRange at = use.range();
            if (boundToOther(text, at.start(), key) || readOfOther(facts, at.start(), key)) {
                continue;
            }
            if (renameEdits.stream().noneMatch(e -> e.path().equals(facts.file().path())
                    && (e.range().overlaps(at) || at.contains(e.range())))) {
                return true;
            }
        }
        return false;
    }

    /** A place in code that uses a setting's last name, whatever the setting. */
    private record Use(int file, TextRange range) {}

    /** The uses of each last name ({@code word} as a pattern), found once for all the settings that end in it. */
    private final Map<String, List<Use>> uses = new HashMap<>();

    private List<Use> uses(String word, String last) {
        Pattern use = Pattern.compile("(?i)\\." + word + "\\b(?!\\s*\\()|\\b" + word + "\\s*\\{\\s*get\\b"
                + "|\\b(?:get|set)" + word + "\\s*\\(|\\b(?:String|string|str)\\s+" + word + "\\s*[;=]"
                + "|\\[\\s*[\"']" + word + "[\"']\\s*]");
        String lower = last.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        List<Use> out = new ArrayList<>();
        for (int i = 0; i < code.size(); i++) {
            CodeFacts facts = code.get(i);
            String text = facts.file().text();
            if (!folded(i).contains(lower)) {
                continue;
            }
            Matcher m = use.matcher(text);
            List<TextRange> notCode = null;
            while (m.find()) {
                if (unboundJavaField(facts, m.group()) || ownField(text, m.start())) {
                    continue;
                }
                TextRange at = new TextRange(m.start(), m.end());
                notCode = notCode != null ? notCode : literalsAndComments(facts);
                if (!inside(at, notCode)) {
                    out.add(new Use(i, at));
                }
            }
        }
        return out;
    }

    /**
     * A Java field named like the setting in a project that binds no settings to classes by name: Spring fills a
     * field from a setting of its name only in a {@code @ConfigurationProperties} class (a field a constructor fills
     * with a token, {@code private final String authToken;}, is not a use of every authtoken setting).
     */
    private boolean unboundJavaField(CodeFacts facts, String use) {
        return "java".equals(facts.file().languageId()) && FIELD.matcher(use).lookingAt() && !bindsProperties();
    }

    /**
     * Whether any code file binds settings to a class by name ({@code @ConfigurationProperties} on the class, or on a
     * {@code @Bean} method of another file): then any field may be bound.
     */
    private boolean bindsProperties() {
        if (bindsProperties == null) {
            bindsProperties = code.stream().anyMatch(f -> f.file().text().contains("@ConfigurationProperties"));
        }
        return bindsProperties;
    }

    private Boolean bindsProperties;

    /** {@code this.authToken}: a field of the object itself, not an attribute of a settings object. */
    private static boolean ownField(String text, int dot) {
        return dot >= 4 && text.startsWith("this", dot - 4) && (dot == 4 || !Character.isJavaIdentifierPart(
                text.charAt(dot - 5)));
    }

    private static final Pattern FIELD = Pattern.compile("(?:String|string|str)\\s");

    /** {@code @Value("${zoho.books.authtoken}") private String authtoken;}: a field bound to another setting. */
    private static final Pattern BOUND = Pattern.compile(
            "@Value\\(\\s*\"\\$\\{([^}:\"]+)[^\"]*\"\\s*\\)\\s*(?:(?:private|protected|public|final|static|transient|"
                    + "volatile)\\s+)*$");

    /** Whether the use at {@code at} is a field a Spring {@code @Value} binds to a setting other than {@code key}. */
    private static boolean boundToOther(String text, int at, String key) {
        Matcher bound = BOUND.matcher(text.substring(Math.max(0, at - 300), at));
        return bound.find() && !normal(bound.group(1)).equals(normal(key));
    }

    private static String normal(String key) {
        return key.trim().toLowerCase(Locale.ROOT).replaceAll("[._\\-:]", "");
    }

    private static List<TextRange> literalsAndComments(CodeFacts facts) {
        List<TextRange> out = new ArrayList<>();
        for (StringExpr expr : facts.strings()) {
            for (Part part : expr.parts()) {
                if (part instanceof Part.Literal literal) {
                    out.add(literal.range());
                }
            }
        }
        for (Comment comment : facts.comments()) {
            out.add(comment.range());
        }
        return out;
    }

    private static boolean inside(TextRange at, List<TextRange> ranges) {
        return ranges.stream().anyMatch(r -> r.contains(at) || r.overlaps(at) && r.start() <= at.start());
    }
}
