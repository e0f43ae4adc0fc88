package io.cliqmigrate.core.rule;

import io.cliqmigrate.core.model.Severity;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A rule's metadata. The long description lives in {@code rules/<id>.md} on the class path. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleMeta {
    /** Kebab-case id, unique in the catalogue. */
    String id();

    /** One line, no trailing period. */
    String summary();

    Severity severity();

    /** Language ids the rule reads, or {@code "*"} for every language. */
    String[] languages() default {"*"};

    /** Tags from {@link Tags}. */
    String[] tags() default {};
}
