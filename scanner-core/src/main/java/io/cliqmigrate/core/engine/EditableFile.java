package io.cliqmigrate.core.engine;

import io.cliqmigrate.core.model.SourceFile;
import io.cliqmigrate.core.rule.TokenProvider;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A file that {@code fix} may rewrite, as the scan read it: its text, a hash of its bytes (a file that changed on
 * disk since is not written), the secret values its rules named (masked in diffs), and how well it parsed (a fix
 * must not make that worse). Or a file a fix {@link #creates() creates} ({@link NewFiles}): no text yet, no hash,
 * and held to parsing without a syntax error.
 */
public final class EditableFile {
    private final FileWalker.WalkedFile walked;
    private final SourceFile source;
    private final String sha256;
    private final List<String> secrets;
    private final int syntaxProblems;
    private final boolean parsed;
    private final TokenProvider tokenProvider;

    EditableFile(FileWalker.WalkedFile walked, SourceFile source, String sha256, List<String> secrets,
                 int syntaxProblems, boolean parsed, TokenProvider tokenProvider) {
        this.walked = walked;
        this.source = source;
        this.sha256 = sha256;
        this.secrets = List.copyOf(secrets);
        this.syntaxProblems = syntaxProblems;
        this.parsed = parsed;
        this.tokenProvider = tokenProvider;
    }

    /** A file a fix creates: nothing on disk yet, so no hash; it must parse without a syntax error. */
    static EditableFile created(FileWalker.WalkedFile walked, SourceFile source, TokenProvider tokenProvider) {
        return new EditableFile(walked, source, null, List.of(), 0, true, tokenProvider);
    }

    /** Whether a fix creates this file (it must not exist when written) rather than rewrites it. */
    public boolean creates() {
        return sha256 == null;
    }

    /** The token provider of the file's scan root, which the rules see again when the fix is checked. */
    TokenProvider tokenProvider() {
        return tokenProvider;
    }

    public String path() {
        return walked.relative();
    }

    /** Where the file is on disk. */
    public Path file() {
        return walked.path();
    }

    /** The scan root it was found under: a fix writes nothing that resolves outside it. */
    public Path root() {
        return walked.root().path();
    }

    public SourceFile source() {
        return source;
    }

    /** A hash of the bytes the scan read; {@code null} for a file a fix creates. */
    public String sha256() {
        return sha256;
    }

    public List<String> secrets() {
        return secrets;
    }

    public int syntaxProblems() {
        return syntaxProblems;
    }

    public boolean parsed() {
        return parsed;
    }

    /** The size limit of the root it was scanned under: a fix must not push it past that, or later scans skip it. */
    public long maxFileSize() {
        return walked.root().settings().maxFileSize();
    }

    FileWalker.WalkedFile walked() {
        return walked;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
