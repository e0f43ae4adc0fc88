package io.cliqmigrate.rules.support;

import io.cliqmigrate.core.code.Binding;
import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.FoldedString;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The constant of this file whose value an interpolation sends: {@code "…?authtoken=$CLIQ_AUTHTOKEN"} with
 * {@code val CLIQ_AUTHTOKEN = "**********"} (Kotlin), {@code ${TOKEN}} (Groovy), {@code s"…$authtoken"} (Scala),
 * {@code ${Config.AUTH_TOKEN}}. The lexical scan leaves an interpolation unknown; this names what it holds when
 * the file writes it out, so the place the token is pasted in is reported, even as a placeholder.
 */
public final class InterpolatedConstants {
    /** The last name of an interpolation: {@code $X}, {@code ${X}}, {@code ${Config.X}}, {@code $this.x}. */
    private static final Pattern NAME = Pattern.compile("^\\$\\{?\\s*(?:[A-Za-z_][\\w]*\\.)*([A-Za-z_]\\w*)\\s*}?[\"'`]?$");

    private InterpolatedConstants() {}

    public static Optional<Binding> at(CodeFacts facts, FoldedString folded, int offset) {
        if (offset >= folded.text().length() || folded.text().charAt(offset) != FoldedString.HOLE) {
            return Optional.empty();
        }
        FoldedString.Segment hole = folded.segmentAt(offset);
        Matcher name = NAME.matcher(facts.file().slice(hole.origin()).strip());
        if (!name.matches()) {
            return Optional.empty();
        }
        Binding found = null;
        for (Binding binding : facts.bindings()) {
            // the lexical scan names a binding by its type too: Notify.TOKEN
            String simple = binding.name().substring(binding.name().lastIndexOf('.') + 1);
            if (!simple.equals(name.group(1)) || binding.kind() == Binding.Kind.CONFIG_KEY) {
                continue;
            }
            // a second value, or one read at run time: which one is sent is not known here
            if (found != null || binding.value() == null || binding.value().literalValue() == null) {
                return Optional.empty();
            }
            found = binding;
        }
        return Optional.ofNullable(found);
    }
}
