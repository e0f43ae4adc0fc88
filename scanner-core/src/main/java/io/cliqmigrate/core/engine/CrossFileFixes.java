package io.cliqmigrate.core.engine;

import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.model.Finding;
import io.cliqmigrate.core.model.Fix;
import io.cliqmigrate.core.model.TextEdit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A rewrite that other files depend on, though each rule sees one file: a URL constant that loses its authtoken is
 * read by requests in other files, which must send the OAuth header from then on; a client interface's parameter
 * that becomes the Authorization header is passed by calls in other files, which must pass the header's value; a
 * constructor parameter that goes is passed by calls and Spring beans elsewhere.
 * Such a fix {@linkplain Fix#needs() needs} a key ({@value #CONSTANT}{@code <path>#<name>}, {@value
 * #PARAMETER}{@code <path>#<method>/<arity>/<index>}, {@link Fix#constructorKey}, {@link Fix#propertyKey}); it is
 * kept only when every other file that uses what the key names has an automatic fix that {@linkplain Fix#covers()
 * covers} it there, and it then carries their edits, so that {@code fix} applies all of them or none. A URL that
 * configuration gives a bean property needs one such fix, in the class's file. Otherwise it is withdrawn and its
 * finding keeps its manual steps. A scan of part of a repository may miss a user, and keeps none.
 */
final class CrossFileFixes {
    /** The prefix of a key naming an exported constant: {@code constant:<report path>#<simple name>}. */
    static final String CONSTANT = Fix.CONSTANT_KEY;
    /** The prefix of a key naming a parameter of an interface's method. */
    static final String PARAMETER = Fix.PARAMETER_KEY;

    /** A fix a rule {@linkplain io.cliqmigrate.core.rule.RuleContext#offer offered} in the file at {@code path}. */
    record Offer(String path, Fix fix) {}

    private CrossFileFixes() {}

    /**
     * @param offers the fixes that resolve no finding but cover what another file's fix needs
     * @param users  the report paths of the files that use what a key names, other than the one that declares it
     */
    static List<Finding> settle(List<Finding> findings, List<Offer> offers, boolean partial,
                                Function<String, Set<String>> users) {
        Map<String, Map<String, List<Fix>>> covering = covering(findings, offers);
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Fix first = first(f);
            if (first == null || first.needs().isEmpty()) {
                out.add(f);
                continue;
            }
            Set<TextEdit> edits = new LinkedHashSet<>(first.edits());
            boolean complete = !partial;
            Set<String> uncovered = new TreeSet<>();
            for (String key : first.needs()) {
                Map<String, List<Fix>> covers = covers(covering, key);
                Set<String> readers = users.apply(key);
                // a constant nothing here reads may be read by another project: its value stays
                complete &= met(key, covers, readers);
                readers.stream().filter(r -> !covers.containsKey(r)).forEach(uncovered::add);
                covers.values().forEach(fixes -> fixes.forEach(fix -> edits.addAll(fix.edits())));
            }
            List<Fix> fixes = new ArrayList<>(f.fixes());
            int at = fixes.indexOf(first);
            if (complete) {
                fixes.set(at, first.withEdits(List.copyOf(edits)));
            } else {
                fixes.remove(at);
                if (!uncovered.isEmpty() && at < fixes.size()) {
                    fixes.set(at, fixes.get(at).withMoreSteps(List.of(uncoveredStep(first.needs(), uncovered))));
                }
            }
            out.add(f.withFixes(fixes));
        }
        return out;
    }

    /** For each key, the fixes that cover it (offered, or the first automatic fix of a finding), by file. */
    private static Map<String, Map<String, List<Fix>>> covering(List<Finding> findings, List<Offer> offers) {
        Map<String, Map<String, List<Fix>>> covering = new HashMap<>();
        List<Offer> all = new ArrayList<>(offers);
        for (Finding f : findings) {
            Fix first = first(f);
            if (first != null) {
                all.add(new Offer(f.location().path(), first));
            }
        }
        for (Offer offer : all) {
            for (String key : offer.fix().covers()) {
                covering.computeIfAbsent(key, k -> new TreeMap<>())
                        .computeIfAbsent(offer.path(), p -> new ArrayList<>()).add(offer.fix());
            }
        }
        return covering;
    }

    /**
     * The keys that the first automatic fixes of {@code findings} need and that are not covered everywhere (all of
     * them in a partial scan).
     */
    static Set<String> unmet(List<Finding> findings, List<Offer> offers, boolean partial,
                             Function<String, Set<String>> users) {
        Map<String, Map<String, List<Fix>>> covering = covering(findings, offers);
        Set<String> out = new TreeSet<>();
        for (Finding f : findings) {
            Fix first = first(f);
            for (String key : first == null ? List.<String>of() : first.needs()) {
                Map<String, List<Fix>> covers = covers(covering, key);
                if (partial || !met(key, covers, users.apply(key))) {
                    out.add(key);
                }
            }
        }
        return out;
    }

    /**
     * The findings without the fixes that need one of {@code keys}; the next fix of each says which files held them
     * back.
     */
    static List<Finding> without(List<Finding> findings, List<Offer> offers, Set<String> keys,
                                 Function<String, Set<String>> users) {
        Map<String, Map<String, List<Fix>>> covering = covering(findings, offers);
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Set<String> uncovered = new TreeSet<>();
            List<String> needed = new ArrayList<>();
            List<Fix> kept = new ArrayList<>();
            for (Fix x : f.fixes()) {
                if (x.needs().stream().noneMatch(keys::contains)) {
                    kept.add(x);
                    continue;
                }
                needed.addAll(x.needs());
                for (String key : x.needs()) {
                    Map<String, List<Fix>> covers = covers(covering, key);
                    users.apply(key).stream().filter(u -> !covers.containsKey(u)).forEach(uncovered::add);
                }
            }
            if (kept.size() < f.fixes().size() && !uncovered.isEmpty() && !kept.isEmpty()) {
                kept.set(0, kept.get(0).withMoreSteps(List.of(uncoveredStep(needed, uncovered))));
            }
            out.add(kept.size() == f.fixes().size() ? f : f.withFixes(kept));
        }
        return out;
    }

    /**
     * Whether what {@code key} names is covered where it must be: by a fix in each file that uses it, and for a
     * constructor by one in the file that declares its class ({@code CliqClient.java}), which a Spring bean's
     * argument alone does not replace.
     */
    private static boolean met(String key, Map<String, List<Fix>> covers, Set<String> users) {
        if (covers.isEmpty() || !covers.keySet().containsAll(users)) {
            return false;
        }
        if (!key.startsWith(Fix.CONSTRUCTOR_KEY)) {
            return true;
        }
        String className = key.substring(Fix.CONSTRUCTOR_KEY.length(), key.lastIndexOf('/'));
        String declaring = className.replace('.', '/');
        return covers.keySet().stream().anyMatch(path -> path.matches("(?:.*/)?" + Pattern.quote(declaring)
                + "\\.(?:java|kt|groovy|scala)"));
    }

    /** The fixes that cover {@code key}, by file: those naming it, and those naming its {@code @*} variant. */
    private static Map<String, List<Fix>> covers(Map<String, Map<String, List<Fix>>> covering, String key) {
        Map<String, List<Fix>> out = new TreeMap<>(covering.getOrDefault(key, Map.of()));
        int at = key.lastIndexOf('@');
        if (at > 0) {
            covering.getOrDefault(key.substring(0, at + 1) + "*", Map.of()).forEach((path, fixes) ->
                    out.merge(path, fixes, (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList()));
        }
        return out;
    }

    private static final Pattern CODE_OR_BEANS = Pattern.compile("(?i).*\\.(java|kt|kts|groovy|scala|xml)$");

    /**
     * For each constructor key, the files that call, extend or declare as a bean its class: one read of the code and
     * bean files for all the keys.
     */
    private static Map<String, Set<String>> callers(Set<String> keys, List<Map.Entry<String, java.nio.file.Path>> walked) {
        Map<String, Set<String>> out = new TreeMap<>();
        Map<String, Pattern> uses = new TreeMap<>();
        Map<String, String> simpleNames = new TreeMap<>();
        for (String key : keys) {
            String className = key.substring(Fix.CONSTRUCTOR_KEY.length(), key.lastIndexOf('/'));
            String simple = className.substring(className.lastIndexOf('.') + 1);
            String quoted = Pattern.quote(simple);
            uses.put(key, Pattern.compile("\\bnew\\s+(?:[\\w$]+\\.)*" + quoted + "\\s*(?:<[^>()]*>)?\\s*\\("
                    + "|(?<![\\w$])" + quoted + "\\s*::\\s*new\\b|\\b(?:extends|:)\\s*(?:[\\w$]+\\.)*" + quoted
                    + "(?![\\w$])|(?<![\\w$])" + quoted + "\\s*\\(|class\\s*=\\s*[\"']" + Pattern.quote(className)
                    + "[\"']"));
            simpleNames.put(key, simple);
            out.put(key, new TreeSet<>());
        }
        for (Map.Entry<String, java.nio.file.Path> file : walked) {
            if (!CODE_OR_BEANS.matcher(file.getKey()).matches()) {
                continue;
            }
            String text;
            try {
                text = new String(java.nio.file.Files.readAllBytes(file.getValue()),
                        java.nio.charset.StandardCharsets.ISO_8859_1);
            } catch (java.io.IOException e) {
                // a file that cannot be read may call any of them: nothing is covered there
                out.values().forEach(paths -> paths.add(file.getKey()));
                continue;
            }
            for (String key : keys) {
                if (text.contains(simpleNames.get(key)) && uses.get(key).matcher(text).find()) {
                    out.get(key).add(file.getKey());
                }
            }
        }
        return out;
    }

    private static Fix first(Finding f) {
        return f.fixes().stream().filter(Fix::automatic).findFirst().orElse(null);
    }

    private static String uncoveredStep(List<String> needs, Set<String> files) {
        boolean constants = needs.stream().allMatch(k -> k.startsWith(CONSTANT));
        boolean parameters = needs.stream().allMatch(k -> k.startsWith(PARAMETER));
        return (constants ? "These files read it where the fix could not give the request the header: "
                : parameters ? "These files name the method where the fix could not make the call pass the header: "
                : "The fix leaves it to you, as these files use it where it cannot change them in the same fix: ")
                + String.join(", ", files);
    }

    /**
     * The files that name what each key names, as a word of their text, other than the file that declares it: the
     * constant of a constant key, the method of a parameter key. A superset of its users (another class's constant
     * or method of the same name counts too, and holds the fix back).
     */
    static Function<String, Set<String>> users(List<CodeFacts> read) {
        return users(read, List.of(), List.of());
    }

    /**
     * As {@link #users(List)}, and for each constructor key a fix of {@code findings} needs, the files among {@code
     * walked} (report path, file) that call the constructor ({@code new CliqClient(}, {@code CliqClient::new}), extend
     * its class, or make it a Spring bean: read again here, once for all such keys, whether the scan read them or not,
     * as such a call may be in any file.
     */
    static Function<String, Set<String>> users(List<CodeFacts> read, List<Map.Entry<String, java.nio.file.Path>> walked,
                                               List<Finding> findings) {
        Map<String, Set<String>> cache = new java.util.concurrent.ConcurrentHashMap<>();
        Set<String> constructors = new TreeSet<>();
        findings.forEach(f -> f.fixes().forEach(x -> x.needs().stream()
                .filter(k -> k.startsWith(Fix.CONSTRUCTOR_KEY)).forEach(constructors::add)));
        Map<String, Set<String>> callers = constructors.isEmpty() ? Map.of() : callers(constructors, walked);
        return key -> cache.computeIfAbsent(key, k -> {
            Set<String> out = new TreeSet<>();
            if (k.startsWith(Fix.CONSTRUCTOR_KEY)) {
                // a key no finding needs has no callers worked out: nothing may rely on it
                return callers.getOrDefault(k, Set.of("?"));
            }
            String prefix = k.startsWith(CONSTANT) ? CONSTANT : k.startsWith(PARAMETER) ? PARAMETER : null;
            int hash = k.lastIndexOf('#');
            if (prefix == null || hash < prefix.length()) {
                return out;
            }
            String path = k.substring(prefix.length(), hash);
            String declared = k.substring(hash + 1);
            // a parameter key's method name: the part before /<arity>/<index>
            String name = prefix.equals(PARAMETER) ? declared.substring(0, Math.max(0, declared.indexOf('/')))
                    : declared;
            Pattern word = Pattern.compile("(?<![\\w$])" + Pattern.quote(name) + "(?![\\w$])");
            for (CodeFacts facts : read) {
                if (!facts.file().path().equals(path) && word.matcher(facts.file().text()).find()) {
                    out.add(facts.file().path());
                }
            }
            return out;
        });
    }
}
