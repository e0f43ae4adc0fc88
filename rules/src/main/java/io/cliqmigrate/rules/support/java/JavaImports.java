package io.cliqmigrate.rules.support.java;

import io.cliqmigrate.core.code.JavaShape;
import io.cliqmigrate.core.model.TextEdit;
import io.cliqmigrate.core.model.TextRange;
import io.cliqmigrate.core.rule.RuleContext;
import java.util.Optional;

/**
 * How code of a file names a class: by its simple name, with an import added in the file's order where it is
 * needed, or by its qualified name where the simple name already means another class there.
 */
public final class JavaImports {
    /** The name to write, and the import to add for it (none when the class is visible already). */
    public record Use(String name, Optional<TextEdit> edit) {}

    private JavaImports() {}

    public static Use of(RuleContext ctx, JavaShape shape, String qualified) {
        int dot = qualified.lastIndexOf('.');
        String simple = qualified.substring(dot + 1);
        String pkg = dot < 0 ? "" : qualified.substring(0, dot);
        JavaShape.Import clash = null;
        for (JavaShape.Import imp : shape.imports()) {
            if (imp.isStatic()) {
                continue;
            }
            if (imp.name().equals(qualified) || imp.asterisk() && imp.name().equals(pkg)) {
                return new Use(simple, Optional.empty());
            }
            if (!imp.asterisk() && imp.name().endsWith("." + simple)) {
                clash = imp;
            }
        }
        if (clash != null || declares(shape, simple) && !pkg.equals(shape.packageName())) {
            return new Use(qualified, Optional.empty());
        }
        if (pkg.equals(shape.packageName()) || pkg.equals("java.lang")) {
            return new Use(simple, Optional.empty());
        }
        return new Use(simple, Optional.of(edit(ctx, shape, qualified)));
    }

    /** Whether the file declares or names a type of that simple name as its own (same package). */
    private static boolean declares(JavaShape shape, String simple) {
        return shape.names().values().stream().anyMatch(names -> names.contains(simple));
    }

    /**
     * {@code import qualified;} before the first import that sorts after it, else after the last one; with no
     * import, after the package declaration with a blank line, else at the top.
     */
    private static TextEdit edit(RuleContext ctx, JavaShape shape, String qualified) {
        String line = "import " + qualified + ";";
        JavaShape.Import last = null;
        for (JavaShape.Import imp : shape.imports()) {
            if (imp.isStatic()) {
                continue;
            }
            if (imp.name().compareTo(qualified) > 0) {
                int start = lineStart(ctx.file().text(), imp.range().start());
                return ctx.edit(new TextRange(start, start), line + "\n");
            }
            last = imp;
        }
        if (last != null) {
            return ctx.edit(new TextRange(last.range().end(), last.range().end()), "\n" + line);
        }
        JavaShape.Import firstStatic = shape.imports().isEmpty() ? null : shape.imports().get(0);
        if (firstStatic != null) {
            int start = lineStart(ctx.file().text(), firstStatic.range().start());
            return ctx.edit(new TextRange(start, start), line + "\n\n");
        }
        if (shape.packageDeclaration() != null) {
            int end = shape.packageDeclaration().end();
            return ctx.edit(new TextRange(end, end), "\n\n" + line);
        }
        return ctx.edit(new TextRange(0, 0), line + "\n\n");
    }

    private static int lineStart(String text, int offset) {
        int start = offset;
        while (start > 0 && text.charAt(start - 1) != '\n' && text.charAt(start - 1) != '\r') {
            start--;
        }
        return start;
    }
}
