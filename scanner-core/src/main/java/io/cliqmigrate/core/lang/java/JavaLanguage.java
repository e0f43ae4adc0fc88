package io.cliqmigrate.core.lang.java;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import io.cliqmigrate.core.lang.Language;
import io.cliqmigrate.core.lang.ParseOutcome;
import io.cliqmigrate.core.model.SourceFile;
import io.cliqmigrate.core.code.Binding;
import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.Constant;
import io.cliqmigrate.core.code.Part;
import io.cliqmigrate.core.code.StringExpr;
import io.cliqmigrate.core.lang.lexical.LexicalScanner;
import io.cliqmigrate.core.lang.lexical.LexicalSyntax;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Java on JavaParser. JavaParser types never leave this package. */
public final class JavaLanguage implements Language {
    public static final String ID = "java";

    @Override
    public String id() {
        return ID;
    }

    private static final Pattern PACKAGE = Pattern.compile("(?m)^[ \\t]*package\\s+([\\w.]+)\\s*;");
    private static final Pattern TYPE = Pattern.compile("\\b(?:class|interface|enum|record)\\s+(\\w+)");
    private static final Pattern CONSTANT = Pattern.compile(
            "\\b(?:static\\s+final|final\\s+static)\\s+String\\s+(\\w+)\\s*=");
    private static final Pattern PRIVATE = Pattern.compile("\\bprivate\\b");

    /**
     * Parses a realistic class a few times, so the parser's code is compiled before the first real file; this
     * runs on the core the walk leaves idle.
     */
    @Override
    public void warmUp() {
        StringBuilder source = new StringBuilder("package warm;\nimport java.util.*;\nclass Warm {\n");
        for (int i = 0; i < 40; i++) {
            source.append("  private static final String URL").append(i).append(" = \"https://cliq.zoho.com/api/v2/bots/b")
                    .append(i).append("/message\";\n  public Map<String, Object> m").append(i)
                    .append("(String a, int b) {\n    Map<String, Object> p = new HashMap<>();\n")
                    .append("    if (b > 0 && a != null) { p.put(\"k\" + b, a.trim()); } else { p.put(\"x\", List.of(1, 2)); }\n")
                    .append("    for (int j = 0; j < b; j++) { p.put(String.format(\"%s-%d\", a, j), URL").append(i)
                    .append(" + \"?q=\" + j); }\n    try { return p; } catch (RuntimeException e) { throw e; }\n  }\n");
        }
        SourceFile file = SourceFile.of("Warm.java", ID, source.append("}\n").toString());
        long deadline = System.nanoTime() + 400_000_000L;
        for (int i = 0; i < 12 && System.nanoTime() < deadline; i++) {
            parse(file);
        }
    }

    @Override
    public boolean hasParser() {
        return true;
    }

    @Override
    public boolean linksAcrossFiles() {
        return true;
    }

    /**
     * The lexical read of a Java file, plus the {@code static final String} constants it declares (keyed as
     * the parser would key them, {@code pkg.Type.NAME}), so other files can still resolve them.
     */
    @Override
    public Optional<CodeFacts> quickFacts(SourceFile file) {
        CodeFacts.Builder facts = CodeFacts.builder(file);
        CodeFacts lexical = new LexicalScanner(LexicalSyntax.C_LIKE).scan(file, false);
        // the package and type names come from code, not from "This class holds …" in a comment
        String text = blankComments(file.text(), lexical.comments());
        Matcher pkg = PACKAGE.matcher(text);
        Matcher type = TYPE.matcher(text);
        boolean typed = type.find();
        String prefix = typed ? (pkg.find() ? pkg.group(1) + "." : "") + type.group(1) + "." : "";
        for (StringExpr expr : lexical.strings()) {
            facts.string(withReferences(expr, prefix));
        }
        for (Binding b : lexical.bindings()) {
            facts.binding(b);
            if (typed) {
                facts.local(new Constant(prefix + b.name(), b.value(), file.path(), b.nameRange(),
                        file.lines().line(b.nameRange().start())));
            }
        }
        lexical.comments().forEach(facts::comment);
        if (lexical.hasZohoContext("")) {
            facts.zohoHint("");
        }
        if (typed) {
            Set<Integer> constantNames = new HashSet<>();
            Matcher constant = CONSTANT.matcher(text);
            while (constant.find()) {
                if (!privateDeclaration(text, constant.start())) {
                    constantNames.add(constant.start(1));
                }
            }
            for (Binding b : lexical.bindings()) {
                if (constantNames.contains(b.nameRange().start())) {
                    facts.export(new Constant(prefix + b.name(), b.value(), file.path(), b.nameRange(),
                            file.lines().line(b.nameRange().start())));
                }
            }
        }
        return Optional.of(facts.build());
    }

    /** Whether the modifiers before {@code at} (back to the previous statement or brace) include {@code private}. */
    private static boolean privateDeclaration(String text, int at) {
        int start = at;
        while (start > 0 && ";{}".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        return PRIVATE.matcher(text).region(start, at).find();
    }

    /**
     * The text with comments turned into spaces (line breaks kept), so offsets stay those of the file; the
     * lexical scan's comments are string-aware, so "https://…" in a literal is not taken for one.
     */
    private static String blankComments(String source, List<io.cliqmigrate.core.code.Comment> comments) {
        StringBuilder out = new StringBuilder(source);
        for (io.cliqmigrate.core.code.Comment comment : comments) {
            for (int i = comment.range().start(); i < comment.range().end(); i++) {
                if (out.charAt(i) != '\n' && out.charAt(i) != '\r') {
                    out.setCharAt(i, ' ');
                }
            }
        }
        return out.toString();
    }

    private static final Pattern NAME = Pattern.compile("[A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*");

    /** Names the lexical scanner left as holes become references to this type's or other types' constants. */
    private static StringExpr withReferences(StringExpr expr, String prefix) {
        List<Part> parts = new ArrayList<>();
        for (Part part : expr.parts()) {
            if (part instanceof Part.Hole hole && NAME.matcher(hole.text()).matches()
                    && !Character.isLowerCase(hole.text().charAt(0)) | !hole.text().contains(".")) {
                String name = hole.text();
                List<String> keys = name.contains(".") ? List.of(name) : List.of(prefix + name);
                parts.add(new Part.Ref(keys, name, hole.range()));
            } else {
                parts.add(part);
            }
        }
        return new StringExpr(parts, expr.range(), expr.scope());
    }

    @Override
    public boolean matches(String fileName, byte[] firstBytes) {
        return fileName.endsWith(".java");
    }

    @Override
    public ParseOutcome parse(SourceFile file) {
        return parse(file, false);
    }

    @Override
    public ParseOutcome parseInFull(SourceFile file) {
        return parse(file, true);
    }

    /** {@code shape}: the file's {@link io.cliqmigrate.core.code.JavaShape} even if it does not say authtoken. */
    private ParseOutcome parse(SourceFile file, boolean shape) {
        ParseResult<CompilationUnit> result;
        try {
            result = new JavaParser(configuration(ParserConfiguration.LanguageLevel.RAW)).parse(file.text());
            if (!parsed(result)) {
                // RAW parses every Java version's syntax but one: a yield statement (switch expressions, Java 14+)
                // needs a language level; the newest one's validators double the cost, so only failures pay it.
                // The newest Java the parser knows: record patterns, unnamed variables (_), yield
                ParseResult<CompilationUnit> modern = new JavaParser(
                        configuration(ParserConfiguration.LanguageLevel.BLEEDING_EDGE)).parse(file.text());
                result = parsed(modern) || further(modern, result) ? modern : result;
            }
        } catch (StackOverflowError e) {
            return new ParseOutcome.Failed(List.of(new ParseOutcome.SyntaxProblem(0, 0,
                    "too deeply nested for the Java parser")));
        }
        if (!parsed(result)) {
            return new ParseOutcome.Failed(problems(result.getProblems()));
        }
        try {
            return new ParseOutcome.Parsed(new JavaFactsExtractor(file, result.getResult().get()).extract(shape));
        } catch (StackOverflowError e) {
            return new ParseOutcome.Failed(List.of(new ParseOutcome.SyntaxProblem(0, 0,
                    "too deeply nested to analyse")));
        }
    }

    /**
     * RAW: accept every syntax and skip the language-level validators, which cost more than the parse. Attributing
     * comments to nodes costs more than the parse too; the lexical scanner lists them. A configuration is made per
     * parse: parsers run on several threads at once. The levels are named where a parse asks for them, not in a
     * field: their class builds every level's validators when first touched (some 50 ms), which a scan of files
     * that need no Java parse (a pre-commit hook's) should not pay.
     */
    private static ParserConfiguration configuration(ParserConfiguration.LanguageLevel level) {
        return new ParserConfiguration().setLanguageLevel(level).setTabSize(1).setAttributeComments(false);
    }

    private static boolean parsed(ParseResult<CompilationUnit> result) {
        return result.isSuccessful() && result.getResult().isPresent();
    }

    /** Whether the first problem of {@code a} lies after that of {@code b}: its message is the likelier cause. */
    private static boolean further(ParseResult<CompilationUnit> a, ParseResult<CompilationUnit> b) {
        List<ParseOutcome.SyntaxProblem> pa = problems(a.getProblems());
        List<ParseOutcome.SyntaxProblem> pb = problems(b.getProblems());
        if (pa.isEmpty() || pb.isEmpty()) {
            return pb.isEmpty() && !pa.isEmpty();
        }
        return java.util.Comparator.comparingInt(ParseOutcome.SyntaxProblem::line)
                .thenComparingInt(ParseOutcome.SyntaxProblem::column).compare(pa.get(0), pb.get(0)) > 0;
    }

    private static List<ParseOutcome.SyntaxProblem> problems(List<Problem> problems) {
        List<ParseOutcome.SyntaxProblem> out = new ArrayList<>();
        for (Problem problem : problems) {
            int line = 0;
            int column = 0;
            if (problem.getLocation().isPresent() && problem.getLocation().get().getBegin().getRange().isPresent()) {
                var begin = problem.getLocation().get().getBegin().getRange().get().begin;
                line = begin.line;
                column = begin.column;
            }
            String message = problem.getMessage().lines().findFirst().orElse("syntax error");
            out.add(new ParseOutcome.SyntaxProblem(line, column, message));
        }
        if (out.isEmpty()) {
            out.add(new ParseOutcome.SyntaxProblem(0, 0, "the Java parser gave up on this file"));
        }
        return out;
    }
}
