package io.cliqmigrate.core.engine;

import io.cliqmigrate.core.lang.Language;
import io.cliqmigrate.core.lang.Languages;
import io.cliqmigrate.core.model.ProcessingError;
import io.cliqmigrate.core.model.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reads every file of the given roots that a chosen language recognises, decoded, without the trigger-word
 * prefilter: what a command that inspects the parsers (rather than scanning for findings) needs.
 */
public final class SourceReader {

    /** A file and the language that reads it. */
    public record Source(SourceFile file, Language language) {}

    /** The files read, and the ones that could not be. */
    public record Sources(List<Source> sources, List<ProcessingError> errors) {}

    private SourceReader() {}

    public static Sources read(List<Path> roots, Languages languages, Predicate<Language> which) throws IOException {
        for (Path root : roots) {
            if (!Files.exists(root)) {
                throw new IOException("no such file or directory: " + root);
            }
        }
        FileWalker.Walk walk = new FileWalker(true,
                name -> languages.forFile(name, new byte[0]).isPresent() || ScanEngine.mayHoldScript(name))
                .walk(ScanRoot.of(ScanConfig.of(roots.toArray(Path[]::new))));
        List<Source> sources = new ArrayList<>();
        List<ProcessingError> errors = new ArrayList<>();
        for (FileWalker.WalkedFile f : walk.files()) {
            try {
                byte[] bytes = Files.readAllBytes(f.path());
                String name = f.path().getFileName().toString();
                Language language = languages.forFile(name, bytes).filter(which).orElse(null);
                if (language == null) {
                    continue;
                }
                Decoder.Decoded decoded = Decoder.decode(bytes, false);
                sources.add(new Source(new SourceFile(f.relative(), language.id(), decoded.text(), decoded.charset(),
                        decoded.bom()), language));
            } catch (IOException e) {
                errors.add(ProcessingError.of(f.relative(), ProcessingError.Kind.READ, "cannot read: "
                        + ScanEngine.describe(e)));
            }
        }
        return new Sources(sources, errors);
    }
}
