package io.cliqmigrate.core.lang;

import io.cliqmigrate.core.lang.config.ConfigLanguage;
import io.cliqmigrate.core.lang.deluge.DelugeLanguage;
import io.cliqmigrate.core.lang.java.JavaLanguage;
import io.cliqmigrate.core.lang.lexical.LexicalLanguage;
import io.cliqmigrate.core.lang.lexical.LexicalScanner;
import io.cliqmigrate.core.lang.lexical.LexicalSyntax;
import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.model.SourceFile;
import java.util.List;
import java.util.Optional;

/** The languages the scanner knows, in the order they are tried, and the lexical fallback for each. */
public final class Languages {
    private final List<Language> languages;

    public Languages(List<Language> languages) {
        this.languages = List.copyOf(languages);
    }

    public static Languages defaults() {
        return new Languages(List.of(
                new JavaLanguage(),
                new DelugeLanguage(),
                ConfigLanguage.properties(),
                ConfigLanguage.env(),
                ConfigLanguage.toml(),
                ConfigLanguage.ini(),
                ConfigLanguage.yaml(),
                ConfigLanguage.json(),
                ConfigLanguage.rcJson(),
                ConfigLanguage.rcIni(),
                ConfigLanguage.xml(),
                new LexicalLanguage("python", LexicalSyntax.PYTHON, ".py"),
                // Google Apps Script (.gs) is JavaScript; a Vue or Svelte component's logic is its script
                new LexicalLanguage("javascript", LexicalSyntax.C_LIKE_BACKTICK, ".js", ".mjs", ".cjs", ".jsx", ".gs",
                        ".vue", ".svelte"),
                new LexicalLanguage("typescript", LexicalSyntax.C_LIKE_BACKTICK, ".ts", ".tsx"),
                new LexicalLanguage("coffeescript", LexicalSyntax.COFFEE, ".coffee"),
                // Drupal modules keep their PHP in .module, .inc, .install and .theme files, CakePHP 2 its views in .ctp
                new LexicalLanguage("php", LexicalSyntax.PHP, ".php", ".phtml", ".module", ".inc", ".install", ".theme",
                        ".ctp", ".php5", ".php4", ".php3"),
                new LexicalLanguage("ruby", LexicalSyntax.HASH, ".rb", ".rake", "vagrantfile", "rakefile", "gemfile"),
                new LexicalLanguage("elixir", LexicalSyntax.ELIXIR, ".ex", ".exs"),
                new LexicalLanguage("go", LexicalSyntax.C_LIKE_BACKTICK, ".go"),
                new LexicalLanguage("csharp", LexicalSyntax.C_LIKE, ".cs"),
                new LexicalLanguage("kotlin", LexicalSyntax.KOTLIN_LIKE, ".kt", ".kts"),
                new LexicalLanguage("groovy", LexicalSyntax.KOTLIN_LIKE, ".groovy", ".gradle", "jenkinsfile"),
                new LexicalLanguage("scala", LexicalSyntax.KOTLIN_LIKE, ".scala"),
                new LexicalLanguage("swift", LexicalSyntax.KOTLIN_LIKE, ".swift"),
                new LexicalLanguage("rust", LexicalSyntax.C_LIKE, ".rs"),
                new LexicalLanguage("shell", LexicalSyntax.SHELL, ".sh", ".bash", ".zsh", "dockerfile*", ".dockerfile",
                        "containerfile*", "bashrc", ".bash_profile", "zshrc", ".zprofile", ".profile", ".envrc",
                        // a dotfiles repository keeps them without the dot, or split into .bashrc.local and the like
                        ".bashrc.*", ".zshrc.*", ".bash_aliases"),
                new LexicalLanguage("powershell", LexicalSyntax.POWERSHELL, ".ps1", ".psm1", ".psd1"),
                new LexicalLanguage("r", LexicalSyntax.PYTHON, ".r"),
                // the other languages integrations of the authtoken era were written in, read for their strings,
                // assignments and calls like the ones above
                new LexicalLanguage("perl", LexicalSyntax.HASH, ".pl", ".pm"),
                // .m is Objective-C's and MATLAB's: the first bytes tell which (read once they are at hand)
                new LexicalLanguage("objectivec", LexicalSyntax.C_LIKE, ".mm"),
                new LexicalLanguage("objectivec", LexicalSyntax.C_LIKE, Languages::objectiveC, ".m"),
                new LexicalLanguage("matlab", LexicalSyntax.MATLAB, b -> b.length > 0 && !objectiveC(b), ".m"),
                new LexicalLanguage("c", LexicalSyntax.C_LIKE, ".c", ".h", ".cpp", ".cc", ".cxx", ".hpp", ".ino"),
                new LexicalLanguage("dart", LexicalSyntax.KOTLIN_LIKE, ".dart"),
                // Salesforce Apex: a CRM sync written on the other side
                new LexicalLanguage("apex", LexicalSyntax.C_LIKE, ".cls", ".trigger"),
                new LexicalLanguage("lua", LexicalSyntax.LUA, ".lua"),
                new LexicalLanguage("vb", LexicalSyntax.VB, ".vb", ".vbs", ".bas"),
                // 1C:Enterprise modules (and OneScript): an ERP's CRM sync written in the ERP's own language
                new LexicalLanguage("bsl", LexicalSyntax.ONE_C, ".bsl", ".os"),
                // Kynetx rulesets (KRL): an event rule posting rows to Zoho Reports
                new LexicalLanguage("krl", LexicalSyntax.C_LIKE, ".krl"),
                new LexicalLanguage("clojure", LexicalSyntax.LISP, ".clj", ".cljs", ".cljc", ".edn"),
                new LexicalLanguage("erlang", LexicalSyntax.ERLANG, ".erl", ".hrl"),
                new LexicalLanguage("haskell", LexicalSyntax.HASKELL, ".hs"),
                new LexicalLanguage("julia", LexicalSyntax.JULIA, ".jl"),
                new LexicalLanguage("fsharp", LexicalSyntax.FSHARP, ".fs", ".fsx"),
                new LexicalLanguage("batch", LexicalSyntax.BATCH, ".bat", ".cmd"),
                new LexicalLanguage("make", LexicalSyntax.SHELL, "makefile", "gnumakefile", ".mk"),
                new LexicalLanguage("hcl", LexicalSyntax.HCL, ".tf", ".tfvars", ".hcl"),
                // pages and templates: a form's hidden authtoken field, a ColdFusion cfhttp URL, a JSP's request
                new LexicalLanguage("html", LexicalSyntax.MARKUP, ".html", ".htm", ".xhtml", ".cfm", ".cfc", ".jsp",
                        ".jspf", ".asp", ".aspx", ".ascx", ".cshtml", ".erb", ".ejs", ".hbs", ".twig", ".slim", ".haml"),
                ConfigLanguage.generatorAnswer(),
                ConfigLanguage.tokenStore()));
    }

    /** The language with this id ({@link SourceFile#languageId()}). */
    public Optional<Language> byId(String id) {
        return languages.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    private static final java.util.regex.Pattern OBJECTIVE_C = java.util.regex.Pattern.compile(
            "#import|#include|@interface|@implementation|@protocol|@end\\b|@\"|\\bNS[A-Z]\\w+|\\[\\w+ \\w+[\\]:]");

    /** Objective-C by its directives and messages; a MATLAB file has none of them. */
    private static boolean objectiveC(byte[] firstBytes) {
        return firstBytes.length > 0 && OBJECTIVE_C.matcher(new String(firstBytes, 0, Math.min(firstBytes.length, 8192),
                java.nio.charset.StandardCharsets.ISO_8859_1)).find();
    }

    public void warmUp() {
        languages.forEach(Language::warmUp);
    }

    /**
     * The language of a file, by its name, or by the name it will have once copied from a template
     * ({@code config.yml.dist}, {@code settings.py.example}, {@code credentials.py-sample}): such templates hold
     * the same settings, often with real values.
     */
    public Optional<Language> forFile(String fileName, byte[] firstBytes) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        Optional<Language> byName = byName(lower, firstBytes);
        if (byName.isPresent()) {
            return byName;
        }
        Optional<Language> script = script(lower, firstBytes);
        if (script.isPresent()) {
            return script;
        }
        java.util.regex.Matcher template = TEMPLATE_SUFFIX.matcher(lower);
        return template.find() && template.start() > 0 ? byName(lower.substring(0, template.start()), firstBytes)
                : Optional.empty();
    }

    /**
     * A CGI script ({@code index.cgi}) or an extension-less script ({@code bin/sync}) is told by its first line:
     * {@code #!/usr/bin/env python} is read as Python.
     */
    private Optional<Language> script(String lower, byte[] firstBytes) {
        if (!(lower.endsWith(".cgi") || lower.endsWith(".fcgi") || lower.indexOf('.') < 0) || firstBytes.length < 3
                || firstBytes[0] != '#' || firstBytes[1] != '!') {
            return Optional.empty();
        }
        int end = 2;
        while (end < firstBytes.length && end < 200 && firstBytes[end] != '\n') {
            end++;
        }
        java.util.regex.Matcher interpreter = INTERPRETER.matcher(
                new String(firstBytes, 2, end - 2, java.nio.charset.StandardCharsets.ISO_8859_1));
        if (!interpreter.find()) {
            return Optional.empty();
        }
        String id = switch (interpreter.group(1)) {
            case "node", "nodejs" -> "javascript";
            case "bash", "sh", "zsh", "ksh", "dash" -> "shell";
            default -> interpreter.group(1).replaceFirst("[\\d.]+$", "");
        };
        return byId(id);
    }

    /** The interpreter a shebang names, directly or through {@code env}: {@code python3}, {@code perl}. */
    private static final java.util.regex.Pattern INTERPRETER = java.util.regex.Pattern.compile(
            "^\\s*\\S*?(?:env\\s+(?:-\\S+\\s+)*)?\\b(python[\\d.]*|perl|ruby|php|node|nodejs|bash|sh|zsh|ksh|dash)\\b");

    private static final java.util.regex.Pattern TEMPLATE_SUFFIX = java.util.regex.Pattern.compile(
            "[.\\-_](?:dist|example|sample|template|tmpl|default|orig)$");

    private Optional<Language> byName(String lower, byte[] firstBytes) {
        for (int i = 0; i < languages.size(); i++) {
            Language language = languages.get(i);
            if (language.matches(lower, firstBytes)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /**
     * The lexical scan used when a file of this language fails to parse: the language's quick read where it has
     * one (it is lexical too, and knows the language's calls and constants), else the plain lexical scanner.
     */
    public CodeFacts fallback(SourceFile file) {
        for (Language language : languages) {
            if (language.id().equals(file.languageId())) {
                Optional<CodeFacts> quick = language.quickFacts(file);
                if (quick.isPresent()) {
                    return quick.get();
                }
            }
        }
        LexicalSyntax syntax = languages.stream()
                .filter(l -> l.id().equals(file.languageId()))
                .flatMap(l -> l.lexicalSyntax().stream()).findFirst().orElse(LexicalSyntax.C_LIKE);
        return new LexicalScanner(syntax).scan(file, true);
    }
}
