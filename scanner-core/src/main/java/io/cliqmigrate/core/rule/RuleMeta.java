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

    /**
     * Minutes a person needs for one finding whose fixes are all manual (0 for inventory rules, whose findings
     * ask for no change). Reports add these up into the migration's effort estimate.
     */
    int manualMinutes() default 0;

    /** Minutes to read, adjust and test one fix the tool applies that is marked for review. */
    int reviewMinutes() default 0;

    /** Minutes to read one safe fix the tool applies. */
    int safeMinutes() default 0;

    /** What the minutes assume, in one or two sentences a planner can check against their own code. */
    String effortAssumption() default "";
}
