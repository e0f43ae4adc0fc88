package io.cliqmigrate.rules.support;

import io.cliqmigrate.core.code.Binding;
import io.cliqmigrate.core.code.CodeFacts;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Postman's key/value lists ({@code "query": [{"key": "authtoken", "value": "…"}]}, an {@code oauth2} auth's
 * {@code {"key": "clientSecret", "value": "…"}}): the name is one JSON value and what it holds is its sibling, so a
 * rule reports the value where a settings file would have had {@code authtoken=…} on one line.
 */
public final class PostmanPairs {
    private final Map<String, Binding> values = new HashMap<>();

    private PostmanPairs(CodeFacts facts) {
        for (Binding b : facts.bindings()) {
            if (b.kind() == Binding.Kind.CONFIG_KEY && b.name().endsWith(".value")) {
                values.putIfAbsent(b.name(), b);
            }
        }
    }

    /** The file's pairs, read once; an empty reader for a file that has none. */
    public static PostmanPairs of(CodeFacts facts) {
        return new PostmanPairs(facts);
    }

    /** The name a binding gives as a list entry's {@code key}, or null if it is not one. */
    public static String keyName(Binding binding) {
        return binding.kind() == Binding.Kind.CONFIG_KEY && binding.name().endsWith(".key")
                && binding.value() != null ? binding.value().literalValue() : null;
    }

    /** The {@code value} written beside an entry's {@code key}. */
    public Optional<Binding> valueOf(Binding key) {
        return Optional.ofNullable(values.get(key.name().substring(0, key.name().length() - 4) + ".value"));
    }
}
