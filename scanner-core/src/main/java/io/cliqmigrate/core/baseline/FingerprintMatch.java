package io.cliqmigrate.core.baseline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Pairs earlier findings with today's by a key (the fingerprint), each earlier one used once: two identical lines
 * then and three now leave one new. Shared by the baseline and by {@code --previous}'s progress line.
 *
 * @param matched        today's items that an earlier one matched, in their order
 * @param added          today's items that none matched, in their order
 * @param gone           the earlier items left over, in their order
 */
public record FingerprintMatch<B, N>(List<N> matched, List<N> added, List<B> gone) {

    public static <B, N> FingerprintMatch<B, N> of(List<B> before, Function<B, String> beforeKey, List<N> now,
                                                     Function<N, String> nowKey) {
        Map<String, List<B>> earlier = new HashMap<>();
        before.forEach(b -> earlier.computeIfAbsent(beforeKey.apply(b), k -> new ArrayList<>()).add(b));
        List<N> matched = new ArrayList<>();
        List<N> added = new ArrayList<>();
        java.util.Set<B> used = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (N n : now) {
            List<B> candidates = earlier.get(nowKey.apply(n));
            if (candidates != null && !candidates.isEmpty()) {
                used.add(candidates.remove(0));
                matched.add(n);
            } else {
                added.add(n);
            }
        }
        List<B> gone = before.stream().filter(b -> !used.contains(b)).toList();
        return new FingerprintMatch<>(List.copyOf(matched), List.copyOf(added), gone);
    }
}
