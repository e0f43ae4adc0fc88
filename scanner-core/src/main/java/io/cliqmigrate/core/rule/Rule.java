package io.cliqmigrate.core.rule;

import io.cliqmigrate.core.code.CodeFacts;

/** A stateless, thread-safe check over one file's facts. Metadata comes from {@link RuleMeta}. */
public interface Rule {

    void check(CodeFacts facts, RuleContext ctx);

    default RuleDescriptor descriptor() {
        RuleMeta meta = getClass().getAnnotation(RuleMeta.class);
        if (meta == null) {
            throw new IllegalStateException(getClass().getName() + " has no @RuleMeta");
        }
        return RuleDescriptor.of(meta);
    }

    /** The rule's long description in Markdown, from {@code rules/<id>.md} on the class path. */
    default String documentation() {
        String id = descriptor().id();
        try (var in = getClass().getClassLoader().getResourceAsStream("rules/" + id + ".md")) {
            return in == null ? "" : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
