package io.cliqmigrate.core.engine;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The {@code index}-th (1-based) of {@code count} parts of a tree: a file belongs to the part its report path hashes
 * to. CRC-32 of the path's UTF-8 bytes, not {@code String.hashCode}, so the split is written down and the same on
 * every machine and JVM; the path is the one the reports show, so a CI matrix splits the same tree the same way
 * wherever it is checked out.
 */
public record Shard(int index, int count) {
    /** The whole tree. */
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("a shard is K/N with 1 <= K <= N, not " + index + "/" + count);
        }
    }

    /** {@code K/N}; one line saying what is wrong otherwise. */
    public static Shard parse(String text) {
        String[] parts = text.trim().split("/", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("--shard must be K/N (for example 2/8), not '" + text + "'");
        }
        try {
            return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--shard must be K/N with whole numbers (for example 2/8), not '"
                    + text + "'");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--shard must be K/N with 1 <= K <= N, not '" + text + "'");
        }
    }

    public boolean whole() {
        return count == 1;
    }

    /** Whether the file at this report path is in this part. */
    public boolean contains(String reportPath) {
        if (count == 1) {
            return true;
        }
        CRC32 crc = new CRC32();
        crc.update(reportPath.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % count == index - 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
