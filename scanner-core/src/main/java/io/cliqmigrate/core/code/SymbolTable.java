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

    private final Map<String, Constant> byKey = new HashMap<>();
    private final Map<String, Constant> bySuffix = new HashMap<>();
    private final Map<String, Integer> suffixCount = new HashMap<>();

    /** Builds the table; on duplicate keys the first constant wins, so callers pass them in path order. */
    public SymbolTable(List<Constant> constants) {
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
