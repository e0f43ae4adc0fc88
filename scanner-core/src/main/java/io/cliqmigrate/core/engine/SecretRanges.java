package io.cliqmigrate.core.engine;

import io.cliqmigrate.core.model.TextRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * A file's secret values as sorted ranges, overlapping ones merged, so that a code frame finds the few it shows
 * by binary search: a file with thousands of tokens and a finding on each costs n log n, not n².
 */
final class SecretRanges {
    private final int[] starts;
    private final int[] ends;

    private SecretRanges(int[] starts, int[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    static SecretRanges of(Collection<TextRange> ranges) {
        TextRange[] sorted = ranges.toArray(TextRange[]::new);
        Arrays.sort(sorted);
        int[] starts = new int[sorted.length];
        int[] ends = new int[sorted.length];
        int n = 0;
        for (TextRange range : sorted) {
            if (n > 0 && range.start() < ends[n - 1]) {
                ends[n - 1] = Math.max(ends[n - 1], range.end());
            } else {
                starts[n] = range.start();
                ends[n] = range.end();
                n++;
            }
        }
        return new SecretRanges(Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
    }

    /** The ranges that overlap [{@code from}, {@code to}), in order. */
    List<TextRange> overlapping(int from, int to) {
        // merged ranges are disjoint, so their ends are sorted too: the first that ends after from
        int lo = 0;
        int hi = ends.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<TextRange> out = new ArrayList<>();
        for (int i = lo; i < starts.length && starts[i] < to; i++) {
            out.add(new TextRange(starts[i], ends[i]));
        }
        return out;
    }

    /** All ranges, in order. */
    List<TextRange> all() {
        return overlapping(0, Integer.MAX_VALUE);
    }
}
