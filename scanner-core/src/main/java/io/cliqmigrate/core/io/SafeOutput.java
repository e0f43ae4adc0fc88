package io.cliqmigrate.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file the way a user expects a tool to: a regular file (or a new one) is replaced atomically, keeping an
 * existing file's permissions and giving a new one what the umask allows; a symlink is written through (the link
 * stays a link); a named pipe or a device ({@code /dev/null}, {@code /dev/stdout}) is written to, never replaced.
 * Any failure, including a full disk, is an {@link IOException} naming the path: a report is never silently lost.
 */
public final class SafeOutput {
    private static final int MAX_LINKS = 40;

    /** Writes the content to the stream it is given; the stream is closed by {@link SafeOutput}. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private SafeOutput() {}

    public static void write(Path path, byte[] bytes) throws IOException {
        write(path, out -> out.write(bytes));
    }

    public static void write(Path path, Content content) throws IOException {
        // not normalised: "link/../x" is where the file system says, not the text with "link/.." cut out
        Path given = path.toAbsolutePath();
        if (Files.isDirectory(given)) {
            throw new IOException("is a directory");
        }
        if (Files.exists(given) && (!Files.isRegularFile(given) || isSpecialFolder(given.normalize()))) {
            // a pipe, a device or a descriptor (/dev/stdout): write into it; replacing it would destroy it (as
            // root, /dev/null itself) or cut it off from the process that reads it. A descriptor that is a file
            // (-o /dev/stdout >> build.log) is appended to, as the shell asked, never truncated.
            writeInPlace(given, content, Files.isRegularFile(given) ? StandardOpenOption.APPEND
                    : StandardOpenOption.WRITE);
            return;
        }
        Path target = Files.exists(given) ? given.toRealPath() : resolveLinks(given);
        if (Files.isRegularFile(target) && !Files.isWritable(target)) {
            throw new AccessDeniedException(path.toString(), null, "file is read-only");
        }
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new NoSuchFileException(path.toString(), null, "folder does not exist: " + dir);
        }
        Path tmp;
        try {
            tmp = createSibling(target);
        } catch (FileSystemException e) {
            if (e instanceof AccessDeniedException && Files.isRegularFile(target) && Files.isWritable(target)) {
                // the folder is closed but the file is ours to change
                writeInPlace(target, content, StandardOpenOption.TRUNCATE_EXISTING);
                return;
            }
            String reason = e.getReason() != null ? e.getReason()
                    : e instanceof AccessDeniedException ? "permission denied" : e.getClass().getSimpleName();
            throw new FileSystemException(path.toString(), null, "cannot create a file in " + dir + ": " + reason);
        }
        boolean moved = false;
        try {
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            copyPermissions(target, tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                moved = true;
            } catch (AtomicMoveNotSupportedException e) {
                // a file system without atomic rename: the next best thing is a plain copy over the target
                Files.copy(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            if (!moved) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /**
     * The first half of an atomic replace of a regular file: the new content is written to a temporary file beside
     * it (with its permissions), so that several files can be prepared before any is replaced. {@code target} is
     * the file's real path.
     */
    public static Staged stage(Path target, byte[] bytes) throws IOException {
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileSystemException(target.toString(), null, "not a regular file");
        }
        if (!Files.isWritable(target)) {
            throw new AccessDeniedException(target.toString(), null, "file is read-only");
        }
        Path tmp;
        try {
            tmp = createSibling(target);
        } catch (FileSystemException e) {
            String reason = e.getReason() != null ? e.getReason()
                    : e instanceof AccessDeniedException ? "permission denied" : e.getClass().getSimpleName();
            throw new FileSystemException(target.toString(), null, "cannot create a file in " + target.getParent()
                    + ": " + reason);
        }
        try {
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.WRITE)) {
                out.write(bytes);
            }
            copyPermissions(target, tmp);
            return new Staged(target, tmp, false, List.of());
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /**
     * The first half of creating a file that must not exist: the folders missing above it are made, and the content
     * written to a temporary file beside it (the permissions the umask gives), so that several files can be
     * prepared before any is written. {@link Staged#commit} then puts it in place only if still no file is there.
     */
    public static Staged stageNew(Path target, byte[] bytes) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path folder = target.getParent(); folder != null && !Files.exists(folder, LinkOption.NOFOLLOW_LINKS);
             folder = folder.getParent()) {
            missing.add(0, folder);
        }
        List<Path> made = new ArrayList<>();
        Path tmp = null;
        try {
            for (Path folder : missing) {
                try {
                    Files.createDirectory(folder);
                    made.add(folder);
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                        throw e;
                    }
                    // made meanwhile by someone else: theirs to keep
                }
            }
            tmp = createSibling(target);
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.WRITE)) {
                out.write(bytes);
            }
            return new Staged(target, tmp, true, made);
        } catch (IOException | RuntimeException e) {
            if (tmp != null) {
                Files.deleteIfExists(tmp);
            }
            removeFolders(made);
            throw e;
        }
    }

    /** Removes the folders made for a new file, deepest first, as long as they are empty. */
    private static void removeFolders(List<Path> made) {
        for (int i = made.size() - 1; i >= 0; i--) {
            try {
                Files.delete(made.get(i));
            } catch (IOException e) {
                return; // something else is in it now: it stays, and so do the folders above it
            }
        }
    }

    /**
     * A replacement written beside its file, waiting to be renamed over it or thrown away; or a new file waiting to
     * be put in place, with the folders made for it.
     */
    public static final class Staged {
        private final Path target;
        private final Path tmp;
        private final boolean createNew;
        private final List<Path> madeFolders;
        /** The identity of the new file once it is in place, so that {@link #undo} removes only it. */
        private Object created;

        private Staged(Path target, Path tmp, boolean createNew, List<Path> madeFolders) {
            this.target = target;
            this.tmp = tmp;
            this.createNew = createNew;
            this.madeFolders = List.copyOf(madeFolders);
        }

        /** Whether this creates a file rather than replaces one. */
        public boolean createsNew() {
            return createNew;
        }

        /**
         * Renames the new content over the file in one step; or, for a new file, links it into place in one step
         * that fails ({@link java.nio.file.FileAlreadyExistsException}) if a file is there by now, and removes the
         * folders made for it when it cannot be put there.
         */
        public void commit() throws IOException {
            if (createNew) {
                commitNew();
                return;
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.copy(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
        }

        private void commitNew() throws IOException {
            try {
                Object key = Files.readAttributes(tmp, BasicFileAttributes.class).fileKey();
                try {
                    // a hard link never replaces what is there, and appears whole
                    Files.createLink(target, tmp);
                } catch (UnsupportedOperationException | FileSystemException e) {
                    if (e instanceof java.nio.file.FileAlreadyExistsException exists) {
                        throw exists;
                    }
                    // a file system without hard links: a move that refuses an existing target
                    Files.move(tmp, target);
                }
                created = key;
            } catch (IOException | RuntimeException e) {
                removeFolders(madeFolders);
                throw e;
            } finally {
                Files.deleteIfExists(tmp);
            }
        }

        /** Throws the new content away; the file is as it was (a new file's folders are removed again). */
        public void abort() {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                // a temporary file that cannot be removed is harmless: hidden, and never read
            }
            if (createNew && created == null) {
                removeFolders(madeFolders);
            }
        }

        /**
         * Takes a committed new file back (another file of the same step could not be written): the file is
         * removed if it is still the one put there, and so are the folders made for it.
         */
        public void undo() {
            if (!createNew || created == null) {
                return;
            }
            try {
                Object key = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                        .fileKey();
                if (key != null && key.equals(created)) {
                    Files.delete(target);
                    created = null;
                    removeFolders(madeFolders);
                }
            } catch (IOException e) {
                // gone or replaced already: nothing of ours to take back
            }
        }
    }

    private static boolean isSpecialFolder(Path path) {
        return path.startsWith("/dev") || path.startsWith("/proc");
    }

    /**
     * Follows a chain of symlinks to the path that is really written; a dangling link leads to the file it would
     * create, as a shell redirection does. A cycle is an error.
     */
    static Path resolveLinks(Path path) throws IOException {
        Path current = path;
        for (int hops = 0; ; hops++) {
            // the folder part goes through the file system, which knows what ".." after a symlink means
            Path parent = current.getParent();
            if (parent != null && Files.isDirectory(parent)) {
                current = parent.toRealPath().resolve(current.getFileName());
            }
            if (!Files.isSymbolicLink(current)) {
                return current;
            }
            if (hops == MAX_LINKS) {
                throw new FileSystemException(path.toString(), null, "too many levels of symbolic links");
            }
            Path link = Files.readSymbolicLink(current);
            current = current.getParent() == null ? link : current.getParent().resolve(link);
        }
    }

    private static Path createSibling(Path target) throws IOException {
        // an existing file's permissions from the start (a 0600 report is never readable by others, not even while
        // it is written); a new one gets what the umask gives, as any new file
        Set<PosixFilePermission> existing = Files.isRegularFile(target) ? permissions(target) : null;
        FileAttribute<?>[] mode = existing == null ? new FileAttribute<?>[0]
                : new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(existing)};
        for (int attempt = 0; ; attempt++) {
            Path tmp = target.resolveSibling("." + target.getFileName() + "."
                    + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffL) + ".tmp");
            try {
                Files.createFile(tmp, mode);
                return tmp;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    /** Gives {@code to} the permissions of {@code from}, which the umask may have cut when {@code to} was made. */
    private static void copyPermissions(Path from, Path to) throws IOException {
        Set<PosixFilePermission> existing = Files.exists(from, LinkOption.NOFOLLOW_LINKS) ? permissions(from) : null;
        if (existing != null) {
            Files.setPosixFilePermissions(to, existing);
        }
    }

    /** A file's POSIX permissions, or {@code null} on a file system that has none (the folder's defaults apply). */
    private static Set<PosixFilePermission> permissions(Path file) throws IOException {
        try {
            return Files.getPosixFilePermissions(file);
        } catch (UnsupportedOperationException e) {
            return null;
        }
    }

    private static void writeInPlace(Path target, Content content, StandardOpenOption how) throws IOException {
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.WRITE, how)) {
            content.writeTo(out);
        }
    }
}
