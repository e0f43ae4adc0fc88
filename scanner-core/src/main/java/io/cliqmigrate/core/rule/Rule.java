package io.cliqmigrate.core.rule;

import io.cliqmigrate.core.code.CodeFacts;

/** A stateless, thread-safe check over one file's facts. Metadata comes from {@link RuleMeta}. */
public interface Rule {

    void check(CodeFacts facts, RuleContext ctx);

    /** The rule's {@link RuleMeta} and documentation, read once per class. */
    default RuleDescriptor descriptor() {
        return RuleDescriptor.of(getClass());
    }

    /** The rule's long description in Markdown, from {@code rules/<id>.md} on the class path. */
    default String documentation() {
        return descriptor().documentation();
    }
}
