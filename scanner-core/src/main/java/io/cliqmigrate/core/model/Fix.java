package io.cliqmigrate.core.model;

import java.util.List;

/**
 * One way to resolve a finding: exact text edits (possibly in several files) that {@code fix} applies, or manual
 * steps for a person. {@code SAFE} edits keep the code's behaviour and are applied by {@code fix --apply};
 * {@code REVIEW} edits change behaviour a person should check (applied with {@code --unsafe}); {@code MANUAL}
 * fixes carry steps only.
 *
 * <p>A rewrite one file cannot complete alone names what it {@code needs}: keys of things other files use (the
 * constant whose URL loses its authtoken: {@code constant:<path>#<name>}; the parameter of a client interface's
 * method that becomes the Authorization header: {@code parameter:<path>#<method>/<arity>/<index>}), which the
 * automatic fixes of those files must each {@code cover} (the request that reads the constant gets the header,
 * the call passes the header's value) for the engine to keep it; it is then applied with them, or not at all.
 */
public record Fix(String strategy, String description, Applicability applicability, List<TextEdit> edits,
                  List<String> steps, List<String> needs, List<String> covers) {
    public enum Applicability {
        SAFE, REVIEW, MANUAL;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Fix(String strategy, String description, Applicability applicability, List<TextEdit> edits,
               List<String> steps) {
        this(strategy, description, applicability, edits, steps, List.of(), List.of());
    }

    public Fix {
        edits = List.copyOf(edits);
        steps = List.copyOf(steps);
        needs = List.copyOf(needs);
        covers = List.copyOf(covers);
        if (applicability == Applicability.MANUAL && !edits.isEmpty()) {
            throw new IllegalArgumentException("a manual fix carries steps, not edits");
        }
        if (applicability != Applicability.MANUAL && edits.isEmpty()) {
            throw new IllegalArgumentException("an automatic fix needs edits");
        }
    }

    public static Fix manual(String strategy, String description, String... steps) {
        return new Fix(strategy, description, Applicability.MANUAL, List.of(), List.of(steps));
    }

    /** A behaviour-preserving rewrite; {@code steps} are what is still left to a person (create the connection). */
    public static Fix safe(String strategy, String description, List<TextEdit> edits, String... steps) {
        return new Fix(strategy, description, Applicability.SAFE, edits, List.of(steps));
    }

    /** A rewrite that changes behaviour a person should check. */
    public static Fix review(String strategy, String description, List<TextEdit> edits, String... steps) {
        return new Fix(strategy, description, Applicability.REVIEW, edits, List.of(steps));
    }

    /** The prefix of the key of an exported constant ({@link #constantKey}). */
    public static final String CONSTANT_KEY = "constant:";

    /** The key of the constant {@code name} declared in the file at {@code path}, for {@link #needs}/{@link #covers}. */
    public static String constantKey(String path, String name) {
        return CONSTANT_KEY + path + "#" + name;
    }

    /**
     * The key of the bean property {@code property} of class {@code className} that configuration fills with a URL
     * of {@code origin} ({@code https://cliq.zoho.com/}); a {@link #covers cover} of {@code *} stands for every origin.
     */
    public static String propertyKey(String className, String property, String origin) {
        return "property:" + className + "#" + property + "@" + origin;
    }

    /** The prefix of the key of a constructor parameter ({@link #constructorKey}). */
    public static final String CONSTRUCTOR_KEY = "constructor:";

    /**
     * The key of parameter {@code index} of the constructor with {@code arity} parameters of class {@code className}
     * (qualified): every call of it, in code or a Spring bean's {@code <constructor-arg>}, loses that argument.
     */
    public static String constructorKey(String className, int arity, int index) {
        return CONSTRUCTOR_KEY + className + "/" + arity + "#" + index;
    }

    /** The prefix of the key of an interface method's parameter ({@link #parameterKey}). */
    public static final String PARAMETER_KEY = "parameter:";

    /**
     * The key of the parameter at {@code index} (from 0) of the method {@code name} with {@code arity} parameters
     * that an interface of the file at {@code path} declares, for {@link #needs}/{@link #covers}: every call of it
     * in other files must pass something else there.
     */
    public static String parameterKey(String path, String name, int arity, int index) {
        return PARAMETER_KEY + path + "#" + name + "/" + arity + "/" + index;
    }

    /** The strategy of a switch to a Cliq webhook token ({@code ?zapikey=}); see {@link #family()}. */
    public static final String WEBHOOK_TOKEN = "webhook-token";

    /**
     * The family {@code fix --strategy} chooses between: {@code webhook} for a switch to a Cliq webhook token, {@code
     * oauth} for every other automatic fix, {@code null} for manual steps.
     */
    public String family() {
        return !automatic() ? null : WEBHOOK_TOKEN.equals(strategy) ? "webhook" : "oauth";
    }

    /**
     * The fixes with those of {@code family} first, each part in the order given (the rules' order of preference);
     * as given when {@code family} is {@code null}.
     */
    public static List<Fix> preferring(List<Fix> fixes, String family) {
        if (family == null || fixes.size() < 2) {
            return fixes;
        }
        List<Fix> out = new java.util.ArrayList<>(fixes.size());
        fixes.stream().filter(f -> family.equals(f.family())).forEach(out::add);
        fixes.stream().filter(f -> !family.equals(f.family())).forEach(out::add);
        return out;
    }

    public boolean automatic() {
        return applicability != Applicability.MANUAL;
    }

    /** The same fix with more steps for the person applying it. */
    public Fix withMoreSteps(List<String> more) {
        List<String> all = new java.util.ArrayList<>(steps);
        more.stream().filter(step -> !all.contains(step)).forEach(all::add);
        return new Fix(strategy, description, applicability, edits, all, needs, covers);
    }

    /** The same fix with its edits replaced (the engine's re-encoding or a merge of linked edits). */
    public Fix withEdits(List<TextEdit> newEdits) {
        return new Fix(strategy, description, applicability, newEdits, steps, needs, covers);
    }

    /** The same fix, needing {@code keys} covered by other files' fixes ({@link Fix}). */
    public Fix needing(List<String> keys) {
        return new Fix(strategy, description, applicability, edits, steps, keys, covers);
    }

    /** The same fix, covering the uses of {@code keys} in its file ({@link Fix}). */
    public Fix covering(List<String> keys) {
        return new Fix(strategy, description, applicability, edits, steps, needs, keys);
    }
}
