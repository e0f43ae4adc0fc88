package io.cliqmigrate.core.code;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Constants exported by the scanned files, keyed by fully qualified name ({@code pkg.Type.NAME}), with a
 * fallback on the last two name parts ({@code Type.NAME}) when exactly one constant has them.
 */
public final class SymbolTable {
    public static final SymbolTable EMPTY = new SymbolTable(List.of());

    private final Map<String, Constant> byKey;
    private final Map<String, Constant> bySuffix;
    private final Map<String, Integer> suffixCount;
    /** Keys of the constants some scanned file refers to; {@code null} until {@link #withReads} was run. */
    private final java.util.Set<String> read;

    /** Builds the table; on duplicate keys the first constant wins, so callers pass them in path order. */
    public SymbolTable(List<Constant> constants) {
        byKey = new HashMap<>();
        bySuffix = new HashMap<>();
        suffixCount = new HashMap<>();
        read = null;
        for (Constant c : constants) {
            if (byKey.putIfAbsent(c.key(), c) == null) {
                String suffix = suffix(c.key());
                suffixCount.merge(suffix, 1, Integer::sum);
                bySuffix.putIfAbsent(suffix, c);
            }
        }
    }

    public Constant lookup(List<String> keys) {
        for (String key : keys) {
            Constant c = byKey.get(key);
            if (c != null) {
                return c;
            }
        }
        for (String key : keys) {
            String suffix = suffix(key);
            if (suffixCount.getOrDefault(suffix, 0) == 1 && suffix.contains(".")) {
                return bySuffix.get(suffix);
            }
        }
        return null;
    }

    /**
     * This table, knowing which of its constants the given files refer to, so a constant that holds a legacy
     * word can be reported where it is declared when nothing in the scanned tree reads it.
     */
    public SymbolTable withReads(List<CodeFacts> files) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (CodeFacts file : files) {
            file.references().forEach(ref -> {
                Constant c = lookup(ref.keys());
                if (c != null) {
                    keys.add(c.key());
                }
            });
        }
        return new SymbolTable(this, java.util.Set.copyOf(keys));
    }

    private SymbolTable(SymbolTable table, java.util.Set<String> read) {
        byKey = table.byKey;
        bySuffix = table.bySuffix;
        suffixCount = table.suffixCount;
        this.read = read;
    }

    /** Whether a scanned file refers to the constant; unknown (no {@link #withReads}) counts as read. */
    public boolean isRead(Constant constant) {
        return read == null || read.contains(constant.key());
    }

    public int size() {
        return byKey.size();
    }

    private static String suffix(String key) {
        int last = key.lastIndexOf('.');
        if (last <= 0) {
            return key;
        }
        int previous = key.lastIndexOf('.', last - 1);
        return key.substring(previous + 1);
    }
}
