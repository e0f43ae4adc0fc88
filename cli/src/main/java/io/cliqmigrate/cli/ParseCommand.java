package io.cliqmigrate.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.engine.SecretText;
import io.cliqmigrate.core.engine.SourceReader;
import io.cliqmigrate.core.lang.Language;
import io.cliqmigrate.core.lang.Languages;
import io.cliqmigrate.core.lang.ParseOutcome;
import io.cliqmigrate.core.model.ProcessingError;
import io.cliqmigrate.core.model.Redactor;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "parse", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Parses files without running rules and reports syntax errors per file.",
        footerHeading = "%nExit codes:%n",
        footer = {"  0  every file parsed without a syntax error", "  1  at least one file has a syntax error",
                "  2  usage error, or the files could not be read"})
final class ParseCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "files or directories")
    List<Path> paths;

    @Option(names = "--language", paramLabel = "ID", description = "only files of this language (deluge or java; "
            + "default: every language with a parser)")
    String language;

    @Option(names = "--tree", description = "print each file's parse tree (text format)")
    boolean tree;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "text or json (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the result here instead of stdout")
    Path output;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String fmt = format.toLowerCase(Locale.ROOT);
        if (!fmt.equals("text") && !fmt.equals("json")) {
            err.println("cliq-migrate: unknown format '" + format + "' (expected text or json)");
            return Main.USAGE;
        }
        Languages languages = Languages.defaults();
        Predicate<Language> which = language == null ? Language::hasParser
                : l -> l.id().equals(language.toLowerCase(Locale.ROOT));
        if (language != null && !List.of("deluge", "java").contains(language.toLowerCase(Locale.ROOT))) {
            err.println("cliq-migrate: unknown language '" + language + "' (expected deluge or java)");
            return Main.USAGE;
        }
        SourceReader.Sources sources;
        try {
            sources = SourceReader.read(paths, languages, which);
        } catch (IOException e) {
            err.println("cliq-migrate: " + e.getMessage());
            return Main.USAGE;
        }
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode files = root.putArray("files");
        int withErrors = 0;
        for (SourceReader.Source source : sources.sources()) {
            List<ParseOutcome.SyntaxProblem> problems = source.language().syntaxProblems(source.file());
            withErrors += problems.isEmpty() ? 0 : 1;
            ObjectNode f = files.addObject();
            f.put("path", source.file().path());
            f.put("language", source.language().id());
            ArrayNode errors = f.putArray("syntaxErrors");
            for (ParseOutcome.SyntaxProblem p : problems) {
                ObjectNode e = errors.addObject();
                e.put("line", p.line());
                e.put("column", p.column());
                e.put("message", Redactor.redact(p.message()));
            }
            out.println(source.file().path() + " (" + source.language().id() + "): "
                    + (problems.isEmpty() ? "ok" : problems.size() + " syntax error" + (problems.size() == 1 ? "" : "s")));
            for (ParseOutcome.SyntaxProblem p : problems) {
                out.println("  " + p.line() + ":" + p.column() + "  " + Redactor.redact(p.message()));
            }
            if (tree) {
                // trees hold the file's string literals, and so its secrets: masked as the scan's frames mask them
                source.language().tree(source.file())
                        .map(t -> Redactor.redact(SecretText.mask(t, facts(languages, source))))
                        .ifPresent(t -> out.print(t.endsWith("\n") ? t : t + "\n"));
            }
        }
        for (ProcessingError e : sources.errors()) {
            out.println(e.path() + ": " + e.message());
        }
        out.println(sources.sources().size() + " files parsed, " + withErrors + " with syntax errors");
        out.flush();
        String result;
        try {
            StringWriter json = new StringWriter();
            io.cliqmigrate.reports.JsonReporter.writeJson(root, json);
            result = fmt.equals("json") ? json.toString() : text.toString();
        } catch (IOException e) {
            err.println("cliq-migrate: " + e.getMessage());
            return Main.USAGE;
        }
        try {
            Delivery.deliver(output, spec.commandLine().getOut(), w -> w.write(result));
        } catch (Delivery.Failed e) {
            err.println("cliq-migrate: " + e.getMessage());
            return Main.USAGE;
        }
        return withErrors > 0 ? Main.FINDINGS : Main.OK;
    }

    /** The file's facts as a scan reads them: its parser's, or the lexical read when it does not parse. */
    private static CodeFacts facts(Languages languages, SourceReader.Source source) {
        ParseOutcome outcome = source.language().parse(source.file());
        return outcome instanceof ParseOutcome.Parsed parsed ? parsed.facts() : languages.fallback(source.file());
    }
}
