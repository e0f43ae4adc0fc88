import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;

/**
 * What any Java scanner pays on a tree, with nothing of the scanner in it: the benchmark's floor rows.
 *
 * <p>{@code stat DIR}: a parallel walk that looks at every file's size and time (what a cached re-scan cannot do
 * without). {@code read DIR}: the same walk, reading every file and searching it for "authtoken" in any case, eight
 * bytes at a time (what a cold scan cannot do without). Prints the files and the files that name the word.
 */
public final class Floor {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[1 << 20]);
    private static boolean read;

    public static void main(String[] args) throws Exception {
        read = args[0].equals("read");
        long[] counts = new ForkJoinPool(Runtime.getRuntime().availableProcessors()).invoke(new Folder(Path.of(args[1])));
        System.out.println(counts[0] + " files, " + counts[1] + " name authtoken");
    }

    private static final class Folder extends RecursiveTask<long[]> {
        private final Path dir;

        Folder(Path dir) {
            this.dir = dir;
        }

        @Override
        protected long[] compute() {
            List<Folder> folders = new ArrayList<>();
            long[] counts = new long[2];
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path entry : entries) {
                    BasicFileAttributes a = Files.readAttributes(entry, BasicFileAttributes.class);
                    if (a.isDirectory()) {
                        if (!entry.getFileName().toString().equals(".git")) {
                            folders.add(new Folder(entry));
                        }
                    } else if (a.isRegularFile()) {
                        counts[0]++;
                        if (read && names(entry, a.size())) {
                            counts[1]++;
                        }
                    }
                }
            } catch (IOException e) {
                System.err.println(dir + ": " + e);
            }
            for (long[] c : invokeAll(folders).stream().map(RecursiveTask::join).toList()) {
                counts[0] += c[0];
                counts[1] += c[1];
            }
            return counts;
        }
    }

    private static boolean names(Path file, long size) throws IOException {
        byte[] buffer = BUFFER.get();
        if (buffer.length < size) {
            buffer = new byte[(int) size];
            BUFFER.set(buffer);
        }
        int length = 0;
        try (java.io.FileInputStream in = new java.io.FileInputStream(file.toFile())) {
            for (int n; length < buffer.length && (n = in.read(buffer, length, buffer.length - length)) > 0; ) {
                length += n;
            }
        }
        return contains(buffer, length);
    }

    /**
     * Whether "authtoken" is in the bytes, in any case: finds each 'k', its rarest letter, eight bytes at a time,
     * then compares the word around it (as the scanner's prefilter does).
     */
    private static boolean contains(byte[] b, int length) {
        long ones = 0x0101010101010101L;
        long highs = 0x8080808080808080L;
        int i = 0;
        for (; i + 8 <= length - 8; i += 8) {
            long x = ((long) LONGS.get(b, i) | 0x2020202020202020L) ^ 0x6b6b6b6b6b6b6b6bL;
            if (((x - ones) & ~x & highs) != 0) {
                for (int j = i; j < i + 8; j++) {
                    if (j >= 6 && at(b, j - 6, length)) {
                        return true;
                    }
                }
            }
        }
        for (; i < length; i++) {
            if (at(b, i, length)) {
                return true;
            }
        }
        return false;
    }

    private static boolean at(byte[] b, int i, int length) {
        String word = "authtoken";
        if (i + word.length() > length) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if ((b[i + k] | 0x20) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
