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
 * that becomes the Authorization header is passed by calls in other files, which must pass the header's value.
 * Such a fix {@linkplain Fix#needs() needs} a key ({@value #CONSTANT}{@code <path>#<name>}, {@value
 * #PARAMETER}{@code <path>#<method>/<arity>/<index>}); it is kept only when every other file that names the constant
 * or the method has an automatic fix that {@linkplain Fix#covers() covers} it there, and it then carries their
 * edits, so that {@code fix} applies all of them or none. Otherwise it is withdrawn and its finding keeps its manual
 * steps. A scan of part of a repository may miss a user, and keeps none.
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
                Map<String, List<Fix>> covers = covering.getOrDefault(key, Map.of());
                Set<String> readers = users.apply(key);
                // a constant nothing here reads may be read by another project: its value stays
                complete &= !covers.isEmpty() && covers.keySet().containsAll(readers);
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

    private static Fix first(Finding f) {
        return f.fixes().stream().filter(Fix::automatic).findFirst().orElse(null);
    }

    private static String uncoveredStep(List<String> needs, Set<String> files) {
        boolean constants = needs.stream().allMatch(k -> k.startsWith(CONSTANT));
        return (constants ? "These files read it where the fix could not give the request the header: "
                : "These files name the method where the fix could not make the call pass the header: ")
                + String.join(", ", files);
    }

    /**
     * The files that name what each key names, as a word of their text, other than the file that declares it: the
     * constant of a constant key, the method of a parameter key. A superset of its users (another class's constant
     * or method of the same name counts too, and holds the fix back).
     */
    static Function<String, Set<String>> users(List<CodeFacts> read) {
        Map<String, Set<String>> cache = new java.util.concurrent.ConcurrentHashMap<>();
        return key -> cache.computeIfAbsent(key, k -> {
            Set<String> out = new TreeSet<>();
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
