package io.cliqmigrate.core.lang.lexical;

import io.cliqmigrate.core.code.Binding;
import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.Part;
import io.cliqmigrate.core.code.StringExpr;
import io.cliqmigrate.core.model.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Variables set with an unquoted value in shell scripts, batch files, Makefiles and Dockerfiles: {@code NAME=value},
 * {@code export NAME=$T}, {@code set NAME=value}, {@code NAME := value}, and the Dockerfile instructions {@code ENV NAME=value …}, {@code ENV NAME value} and
 * {@code ARG NAME=value}. Each becomes a binding like a quoted assignment; {@code $T} and {@code ${T}} in a value are
 * holes, since the value comes from elsewhere, but the variable's name is still set here.
 */
final class ShellAssignments {
    /** An unquoted value: plain characters, {@code $NAME} and {@code ${NAME…}}; not {@code $(command)}. */
    private static final String VALUE = "(?:[^\\s\"'`;|&$(){}\\\\]|\\$\\{[A-Za-z_][A-Za-z_0-9]*(?:[:?+=-][^}\\s]*)?}"
            + "|\\$[A-Za-z_][A-Za-z_0-9]*)+";
    private static final Pattern ASSIGNMENT = Pattern.compile("([A-Za-z_][A-Za-z_0-9]*)=(" + VALUE + ")");
    /** {@code export NAME=…}; batch files' {@code set NAME=…}. */
    private static final Pattern EXPORT = Pattern.compile("(?:export|(?i:set))\\s+");
    /** A batch file's {@code set "NAME=value"}: the quotes hold the whole assignment. */
    private static final Pattern QUOTED_SET = Pattern.compile("(?i:set)[ \\t]+\"([A-Za-z_][A-Za-z_0-9]*)=([^\"\\r\\n]*)\"");
    /** A Makefile's {@code NAME := value}, {@code NAME ?= value}, {@code NAME += value}, {@code NAME = value}. */
    private static final Pattern MAKE_ASSIGNMENT = Pattern.compile(
            "([A-Za-z_][A-Za-z_0-9]*)[ \\t]*[:?+]?=[ \\t]*([^\\s#][^\\r\\n#]*?)[ \\t]*(?=$|[\\r\\n#])", Pattern.MULTILINE);
    private static final Pattern INSTRUCTION = Pattern.compile("(ENV|ARG)[ \\t]+");
    /** The old Dockerfile form, one variable and the rest of the line: {@code ENV NAME value}. */
    private static final Pattern SPACED = Pattern.compile("([A-Za-z_][A-Za-z_0-9]*)[ \\t]+([^\\s\"'=][^\\n]*)");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{[^}]*}|\\$[A-Za-z_][A-Za-z_0-9]*");
    /** Between variables of one instruction: blanks, or a line continuation. */
    private static final Pattern SEPARATOR = Pattern.compile("(?:[ \\t]|\\\\\\r?\\n)+");

    private ShellAssignments() {}

    /**
     * The assignments that start at {@code i}, at the start of a line: returns the offset past them, or {@code i}.
     * Dockerfile instructions are read only in a Dockerfile.
     */
    static int read(String text, int i, boolean dockerfile, boolean makefile, CodeFacts.Builder facts) {
        // a blank starts no assignment; asked at every blank of a long indentation, the look back would be quadratic
        if (i >= text.length() || text.charAt(i) == ' ' || text.charAt(i) == '\t' || !atLineStart(text, i)) {
            return i;
        }
        int limit = Math.min(text.length(), i + 2000);
        Matcher quoted = QUOTED_SET.matcher(text).region(i, limit);
        if (quoted.lookingAt()) {
            bind(quoted, facts);
            return quoted.end();
        }
        if (makefile) {
            Matcher export = EXPORT.matcher(text).region(i, limit);
            Matcher m = MAKE_ASSIGNMENT.matcher(text).region(export.lookingAt() ? export.end() : i, limit);
            if (m.lookingAt()) {
                bind(m, facts);
                return m.end();
            }
        }
        Matcher instruction = INSTRUCTION.matcher(text).region(i, limit);
        if (dockerfile && instruction.lookingAt()) {
            int after = assignments(text, instruction.end(), limit, facts);
            if (after > instruction.end()) {
                return after;
            }
            Matcher spaced = SPACED.matcher(text).region(instruction.end(), limit);
            if ("ENV".equals(instruction.group(1)) && spaced.lookingAt()) {
                String value = spaced.group(2).stripTrailing();
                bind(spaced.group(1), new TextRange(spaced.start(1), spaced.end(1)), value,
                        new TextRange(spaced.start(2), spaced.start(2) + value.length()), facts);
                return spaced.start(2) + value.length();
            }
            return i;
        }
        Matcher export = EXPORT.matcher(text).region(i, limit);
        int from = export.lookingAt() ? export.end() : i;
        Matcher m = ASSIGNMENT.matcher(text).region(from, limit);
        if (!m.lookingAt()) {
            return i;
        }
        bind(m, facts);
        return m.end();
    }

    /** {@code NAME=value NAME2=value2 …}, across line continuations; the offset past the last one. */
    private static int assignments(String text, int at, int limit, CodeFacts.Builder facts) {
        int end = at;
        while (true) {
            Matcher m = ASSIGNMENT.matcher(text).region(end, limit);
            if (!m.lookingAt()) {
                return end;
            }
            bind(m, facts);
            end = m.end();
            Matcher separator = SEPARATOR.matcher(text).region(end, limit);
            if (!separator.lookingAt() || !ASSIGNMENT.matcher(text).region(separator.end(), limit).lookingAt()) {
                return end;
            }
            end = separator.end();
        }
    }

    private static void bind(Matcher m, CodeFacts.Builder facts) {
        bind(m.group(1), new TextRange(m.start(1), m.end(1)), m.group(2), new TextRange(m.start(2), m.end(2)), facts);
    }

    private static void bind(String name, TextRange nameRange, String value, TextRange valueRange,
                             CodeFacts.Builder facts) {
        StringExpr expr = new StringExpr(parts(value, valueRange.start()), valueRange, "");
        facts.string(expr);
        facts.binding(new Binding(name, Binding.Kind.ASSIGNMENT, expr, nameRange, ""));
    }

    /** The value as literal text with a hole for each {@code $NAME} or {@code ${NAME}} in it. */
    private static List<Part> parts(String value, int offset) {
        List<Part> parts = new ArrayList<>();
        Matcher variable = VARIABLE.matcher(value);
        int at = 0;
        while (variable.find()) {
            if (variable.start() > at) {
                parts.add(new Part.Literal(value.substring(at, variable.start()),
                        new TextRange(offset + at, offset + variable.start())));
            }
            parts.add(new Part.Hole(variable.group(), new TextRange(offset + variable.start(), offset + variable.end())));
            at = variable.end();
        }
        if (at < value.length() || parts.isEmpty()) {
            parts.add(new Part.Literal(value.substring(at), new TextRange(offset + at, offset + value.length())));
        }
        return parts;
    }

    /** At the start of a line, after indentation only. */
    private static boolean atLineStart(String text, int i) {
        for (int j = i - 1; j >= 0; j--) {
            char c = text.charAt(j);
            if (c == '\n') {
                return true;
            }
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    /** Whether a file is a Dockerfile or Containerfile, by its name. */
    static boolean isDockerfile(String path) {
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1)
                .toLowerCase(java.util.Locale.ROOT);
        return name.startsWith("dockerfile") || name.endsWith(".dockerfile") || name.startsWith("containerfile");
    }
}
