package io.cliqmigrate.reports;

import io.cliqmigrate.core.engine.ScanResult;
import io.cliqmigrate.core.model.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;

/**
 * Where each token comes from and where it goes: every setting or value in code that carries a legacy token (the
 * findings of the rules that report the carrier itself), where it is set, and every other finding that uses the
 * same setting (a read in code, a script's {@code ${CLIQ_AUTHTOKEN}}). Setting names match as the engine links
 * them, in Spring's relaxed way: {@code ZOHO_CLIQ_AUTHTOKEN} is {@code zoho.cliq.authtoken}.
 */
public record TokenProvenance(List<Carrier> carriers) {

    /** A setting (its spellings) or a value in code (masked), where it is set and where it is used. */
    public record Carrier(String name, boolean inCode, List<String> setAt, List<String> readAt) {
        public List<String> shownSetAt() {
            return SetupManifest.shown(setAt);
        }

        public List<String> shownReadAt() {
            return SetupManifest.shown(readAt);
        }

        /** "and 12 more" when a list is cut, else empty. */
        public static String more(List<String> all) {
            int hidden = all.size() - SetupManifest.shown(all).size();
            return hidden == 0 ? "" : "and " + hidden + " more";
        }
    }

    static final Set<String> CARRIER_RULES = Set.of("config-authtoken-setting", "hardcoded-legacy-token");
    private static final int MAX_NAME = 80;

    static TokenProvenance of(ScanResult result) {
        Map<String, Set<String>> spellings = new TreeMap<>();
        Map<String, Set<String>> set = new TreeMap<>();
        List<Finding> active = result.activeFindings();
        for (Finding f : active) {
            if (CARRIER_RULES.contains(f.ruleId())) {
                String key = f.properties().get("configKey");
                String id = key == null ? "\u0000" + name(f) : normalised(key);
                spellings.computeIfAbsent(id, k -> new TreeSet<>()).add(key == null ? name(f) : key);
                set.computeIfAbsent(id, k -> places()).add(SetupManifest.place(f));
            }
        }
        Map<String, Set<String>> read = new TreeMap<>();
        for (Finding f : active) {
            String key = f.properties().get("configKey");
            if (key != null && !CARRIER_RULES.contains(f.ruleId()) && set.containsKey(normalised(key))) {
                read.computeIfAbsent(normalised(key), k -> places()).add(SetupManifest.place(f));
            }
        }
        List<Carrier> out = new ArrayList<>();
        set.forEach((id, where) -> out.add(new Carrier(String.join(" / ", spellings.get(id)), id.startsWith("\u0000"),
                List.copyOf(where), List.copyOf(read.getOrDefault(id, Set.of())))));
        // settings first, by name; then values in code
        out.sort(java.util.Comparator.comparing(Carrier::inCode).thenComparing(c -> c.name().toLowerCase(Locale.ROOT))
                .thenComparing(Carrier::name));
        return new TokenProvenance(List.copyOf(out));
    }

    /**
     * A token in code by the characters the redactor leaves of it and its length (as the revoke list names it),
     * else its line, shortened.
     */
    static String name(Finding f) {
        Matcher masked = SetupManifest.MASKED.matcher(f.snippet());
        if (masked.find()) {
            String shown = masked.group().replace("*", "");
            return "token " + shown + "… (" + masked.group().length() + " characters)";
        }
        String line = f.snippet().lines().findFirst().orElse("").strip();
        return line.length() > MAX_NAME ? line.substring(0, MAX_NAME) + "…" : line;
    }

    private static String normalised(String key) {
        return io.cliqmigrate.core.code.SettingKeys.relaxed(key);
    }

    private static Set<String> places() {
        return new TreeSet<>(SetupManifest.PLACE_ORDER);
    }
}
