package io.cliqmigrate.core.engine;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a scan leaves for the next scan of the same tree ({@code scan --cache}): every walked file's size, time of
 * last change and content hash, whether its bytes name none of the trigger words, and the scan's result.
 *
 * <p>The next scan walks the tree again. When every file is as it was (same size and time, or the same content
 * hash) and the tool, rules and settings are the same, the stored result is the result. Otherwise the files whose
 * bytes named no trigger word, and that are unchanged, are not read again; every other file is read and every rule
 * runs as in a fresh scan, so a changed file re-evaluates whatever depends on it (a constant's readers, a setting's
 * readers) and the result is the fresh scan's, byte for byte.
 *
 * <p>A file changed less than {@value #SETTLING_MILLIS} ms before the cache was written may have changed again
 * within the same tick of its clock: it is read again, as git does with such "racily clean" files.
 */
public final class ScanCache {
    /** The folder, in the scan root, where the cache is kept by default; a walk never enters it. */
    public static final String FOLDER = ".cliq-migrate";
    public static final String DEFAULT_FILE = FOLDER + "/cache";
    static final long SETTLING_MILLIS = 2000;
    private static final String MAGIC = "cliq-migrate scan cache";
    private static final int FORMAT = 2;
    static final int QUIET = 1;
    static final int QUIET_FOR_NAMES = 2;
    /**
     * The file could not be read: read again every time, as what stopped the scan (its permissions, say) may change
     * without changing its size or time.
     */
    static final int READ_AGAIN = 4;

    /** Turns the result into bytes and back (the JSON report, from the module that writes it). */
    public interface Codec {
        byte[] encode(io.cliqmigrate.core.engine.ScanResult result) throws IOException;

        /** The result, or {@code null} when the bytes are not one this version can read. */
        io.cliqmigrate.core.engine.ScanResult decode(byte[] bytes);
    }

    /** One file as the last scan saw it. */
    record Entry(long size, long modified, long hash, int flags) {
        boolean quiet() {
            return (flags & QUIET) != 0;
        }

        boolean quietForNames() {
            return (flags & QUIET_FOR_NAMES) != 0;
        }
    }

    /**
     * The state a scan stored: under which key, when, the names its second pass looked for, what the walk left
     * out (digest), every file, and the result.
     */
    record Stored(String key, long writtenAt, Set<String> names, String walkDigest, Map<String, Entry> files,
                  byte[] result) {
        /** Whether the file is as its entry says, by size and time, and had settled by then. */
        boolean unchanged(Entry e, FileWalker.WalkedFile f) {
            return e.size() == f.size() && e.modified() == f.modified() && e.modified() + SETTLING_MILLIS < writtenAt
                    && (e.flags() & READ_AGAIN) == 0;
        }
    }

    private final Path file;
    private final Codec codec;
    private String problem;

    public ScanCache(Path file, Codec codec) {
        this.file = file.toAbsolutePath().normalize();
        this.codec = codec;
    }

    public Path file() {
        return file;
    }

    Codec codec() {
        return codec;
    }

    /** Why the cache could not be read or written, for a warning; {@code null} when all went well. */
    public String problem() {
        return problem;
    }

    /** The stored state for {@code key}; {@code null} when there is none, it is another key's, or unreadable. */
    Stored load(String key) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            // read whole and taken apart in memory: a stream's per-value calls cost more than the reading
            ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file));
            if (!magic(in) || in.getInt() != FORMAT || !key.equals(string(in))) {
                return null;
            }
            long writtenAt = in.getLong();
            Set<String> names = new TreeSet<>();
            for (int n = in.getInt(); n > 0; n--) {
                names.add(string(in));
            }
            String walkDigest = string(in);
            int count = in.getInt();
            Map<String, Entry> files = new HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                files.put(string(in), new Entry(in.getLong(), in.getLong(), in.getLong(), in.get()));
            }
            byte[] result = new byte[in.getInt()];
            in.get(result);
            return new Stored(key, writtenAt, names, walkDigest, files, result);
        } catch (IOException | RuntimeException e) {
            // a cache cut short or of another format is only a slower scan: it is written anew
            problem = "cache " + file + " not read (" + e.getClass().getSimpleName() + "); scanned in full";
            return null;
        }
    }

    /** Whether the bytes start as a cache does (an older format's cache is not one: it is written anew). */
    private static boolean magic(ByteBuffer in) {
        byte[] magic = MAGIC.getBytes(StandardCharsets.UTF_8);
        if (in.remaining() < 4 + magic.length || in.getInt() != magic.length) {
            return false;
        }
        byte[] found = new byte[magic.length];
        in.get(found);
        return java.util.Arrays.equals(found, magic);
    }

    private static String string(ByteBuffer in) {
        int length = in.getInt();
        String s = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return s;
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** Writes the state atomically: a scan interrupted while writing leaves the old cache or none. */
    void save(String key, long writtenAt, Set<String> names, String walkDigest, Map<String, Entry> files,
              io.cliqmigrate.core.engine.ScanResult result) {
        try {
            save(key, writtenAt, names, walkDigest, files, codec.encode(result));
        } catch (IOException | RuntimeException e) {
            problem = "cache " + file + " not written: " + ScanEngine.describe(e);
        }
    }

    /**
     * As {@link #save(String, long, Set, String, Map, ScanResult)}, with the result already encoded (the stored
     * one, when it still holds); {@code files} in the order to write them, the walk's path order.
     */
    void save(String key, long writtenAt, Set<String> names, String walkDigest, Map<String, Entry> files,
              byte[] encoded) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), ".cache", ".tmp");
            try {
                try (OutputStream raw = Files.newOutputStream(temp);
                     DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
                    string(out, MAGIC);
                    out.writeInt(FORMAT);
                    string(out, key);
                    out.writeLong(writtenAt);
                    out.writeInt(names.size());
                    for (String name : new TreeSet<>(names)) {
                        string(out, name);
                    }
                    string(out, walkDigest);
                    out.writeInt(files.size());
                    for (Map.Entry<String, Entry> f : files.entrySet()) {
                        string(out, f.getKey());
                        out.writeLong(f.getValue().size());
                        out.writeLong(f.getValue().modified());
                        out.writeLong(f.getValue().hash());
                        out.writeByte(f.getValue().flags());
                    }
                    out.writeInt(encoded.length);
                    out.write(encoded);
                }
                try {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException | RuntimeException e) {
            problem = "cache " + file + " not written: " + ScanEngine.describe(e);
        }
    }

    /** A 64-bit content hash: two different checksums side by side, both computed by the processor. */
    static long hash(byte[] bytes, int length) {
        java.util.zip.CRC32C c = new java.util.zip.CRC32C();
        c.update(bytes, 0, length);
        java.util.zip.CRC32 d = new java.util.zip.CRC32();
        d.update(bytes, 0, length);
        return c.getValue() << 32 | d.getValue();
    }

    /** A 64-bit content hash of a file, or 0 when it cannot be read. */
    static long hash(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = in.readAllBytes();
            return hash(bytes, bytes.length);
        } catch (IOException e) {
            return 0;
        }
    }

    /** A digest of strings, for keys. */
    static String digest(List<String> parts) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
