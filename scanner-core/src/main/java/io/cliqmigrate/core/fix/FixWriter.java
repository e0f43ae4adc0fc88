package io.cliqmigrate.core.fix;

import io.cliqmigrate.core.engine.EditableFile;
import io.cliqmigrate.core.engine.NewFiles;
import io.cliqmigrate.core.io.SafeOutput;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Writes a planned change to disk the way {@code fix --apply} promises: only a regular file that still holds the
 * bytes the scan read, that lies inside the scanned tree (a symlink out of it is never followed), in its own
 * charset with its byte-order mark, atomically (a temporary file in the same folder, then a rename) and keeping
 * its permissions. A new file is written only where no file is, inside the tree, UTF-8 without a byte-order mark.
 */
public final class FixWriter {
    static final String OUTSIDE = "it is a link to a file outside the scanned tree";

    private FixWriter() {}

    /** Why the file must not be written now, or {@code null} when it may. */
    public static String refusal(EditableFile file) {
        if (file.creates()) {
            return NewFiles.onDisk(file.file(), file.root());
        }
        Path path = file.file();
        try {
            Path real = path.toRealPath();
            if (outsideTree(file)) {
                return OUTSIDE;
            }
            if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
                return "it is not a regular file";
            }
            if (!EditableFile.sha256(Files.readAllBytes(real)).equals(file.sha256())) {
                return "it changed on disk since it was read";
            }
            return null;
        } catch (IOException e) {
            return "it cannot be read again (" + e.getClass().getSimpleName() + ")";
        }
    }

    /** Writes the change beside the file, to be renamed over it; the caller checked {@link #refusal} first. */
    public static SafeOutput.Staged stage(FixPlan.FileChange change) throws IOException {
        EditableFile file = change.file();
        byte[] bytes = encode(change.newText(), file.source().charset(), file.source().bom());
        if (!file.creates()) {
            return SafeOutput.stage(file.file().toRealPath(), bytes);
        }
        SafeOutput.Staged staged = SafeOutput.stageNew(file.file(), bytes);
        // the folders are there now: none of them may have become a way out of the tree meanwhile
        String escape = NewFiles.onDisk(file.file(), file.root());
        if (escape != null) {
            staged.abort();
            throw new IOException(escape);
        }
        return staged;
    }

    /** Whether the file is a link that leads out of the tree it was scanned under (then it is never written). */
    public static boolean outsideTree(EditableFile file) {
        if (file.creates()) {
            return false; // where a new file may go is NewFiles' to say
        }
        try {
            return !file.file().toRealPath().startsWith(file.root().toRealPath());
        } catch (IOException e) {
            return false; // the write checks say what is wrong with it
        }
    }

    static byte[] encode(String text, Charset charset, boolean bom) throws CharacterCodingException {
        ByteBuffer body = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
        byte[] mark = bom ? byteOrderMark(charset) : new byte[0];
        byte[] out = new byte[mark.length + body.remaining()];
        System.arraycopy(mark, 0, out, 0, mark.length);
        body.get(out, mark.length, body.remaining());
        return out;
    }

    private static byte[] byteOrderMark(Charset charset) {
        String name = charset.name();
        // a UTF-8 mark on a file read as ISO-8859-1 (not valid UTF-8 after it) is still that mark
        if (charset.equals(StandardCharsets.UTF_8) || charset.equals(StandardCharsets.ISO_8859_1)) {
            return new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        }
        if (charset.equals(StandardCharsets.UTF_16BE)) {
            return new byte[] {(byte) 0xFE, (byte) 0xFF};
        }
        if (charset.equals(StandardCharsets.UTF_16LE)) {
            return new byte[] {(byte) 0xFF, (byte) 0xFE};
        }
        if (name.equals("UTF-32BE")) {
            return new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF};
        }
        if (name.equals("UTF-32LE")) {
            return new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0};
        }
        return new byte[0];
    }
}
