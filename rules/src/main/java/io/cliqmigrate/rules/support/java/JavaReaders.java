package io.cliqmigrate.rules.support.java;

import io.cliqmigrate.core.code.CallFact;
import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.FoldedString;
import io.cliqmigrate.core.code.JavaShape;
import io.cliqmigrate.core.code.StringExpr;
import io.cliqmigrate.core.model.Fix;
import io.cliqmigrate.core.model.TextEdit;
import io.cliqmigrate.core.model.TextRange;
import io.cliqmigrate.core.rule.RuleContext;
import io.cliqmigrate.rules.support.Calls;
import io.cliqmigrate.rules.support.SettingRewrites;
import io.cliqmigrate.rules.support.UrlContext;
import io.cliqmigrate.rules.support.ZohoPatterns;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The variable a legacy authtoken setting was read into, removed once this file's OAuth rewrites take its every use
 * away: a field or local with its assignment, or a constructor parameter that only filled a token field, with the
 * argument of every call of the constructor.
 */
final class JavaReaders {
    private JavaReaders() {}

    /** {@code this(…)} or {@code super(…)}: a constructor that calls another. */
    private static final Pattern EXPLICIT_CONSTRUCTOR_CALL = Pattern.compile("(?<![\\w$.])(?:this|super)\\s*\\(");

    /**
     * The reader of an authtoken setting ({@code @Value("${zoho.authtoken}")} on a field, {@code token =
     * env.getProperty("zoho.authtoken")}, {@code System.getenv("ZOHO_AUTHTOKEN")} as a variable's value), once the
     * OAuth rewrites of this file take every use of the variable it fills away: the variable and its assignment
     * go. It is a rewrite of the setting, so the engine applies it only with the setting's replacement and every
     * other use of the setting, all or none; where that cannot be, a second fix removes the variable with this
     * file's rewrites alone, the setting kept for its other users.
     */
    static List<Fix> reader(RuleContext ctx, CodeFacts facts, TextRange read) {
        if (facts.java().isEmpty()) {
            return List.of();
        }
        List<Fix> planned = plannedFixes(ctx, facts);
        List<TextEdit> plannedHere = planned.stream().flatMap(f -> f.edits().stream())
                .filter(e -> e.path().equals(ctx.file().path())).toList();
        Optional<Fix> argument = constructorArgument(ctx, facts, facts.java().get(), read, plannedHere);
        if (argument.isPresent()) {
            List<TextEdit> all = new ArrayList<>(argument.get().edits());
            planned.forEach(f -> all.addAll(f.edits()));
            return List.of(argument.get().withEdits(new ArrayList<>(new LinkedHashSet<>(all))));
        }
        return removal(ctx, facts, read, plannedHere).map(fix -> {
                    List<TextEdit> alone = new ArrayList<>(fix.edits());
                    planned.forEach(f -> alone.addAll(f.edits()));
                    return List.of(fix, Fix.review(SettingRewrites.OAUTH_HEADER, fix.description() + "; the setting "
                                    + "stays for its other users", new ArrayList<>(new LinkedHashSet<>(alone)),
                            fix.steps().toArray(String[]::new)));
                }).orElse(List.of());
    }

    /**
     * A read passed to a constructor of this file ({@code new CliqClient(System.getenv("CLIQ_AUTHTOKEN"))}) whose
     * parameter only fills a private field this file's rewrites leave unread: field, assignment and parameter go,
     * with the argument of every call of the constructor. A call elsewhere (another file, a Spring bean's {@code
     * <constructor-arg>}) must lose its argument in the same fix ({@link Fix#constructorKey}).
     */
    private static Optional<Fix> constructorArgument(RuleContext ctx, CodeFacts facts, JavaShape shape, TextRange read,
                                                     List<TextEdit> planned) {
        String text = ctx.file().text();
        Optional<CallFact> call = facts.calls().stream().filter(c -> c.isConstructor()
                && c.args().stream().anyMatch(a -> JavaOAuth.contains(a.range(), read))).findFirst();
        if (call.isEmpty() || EXPLICIT_CONSTRUCTOR_CALL.matcher(text).find() || generatesMembers(text)) {
            // another constructor's this(…) or a subclass's super(…) would need the argument taken out as well
            return Optional.empty();
        }
        int arity = call.get().args().size();
        int index = 0;
        while (!JavaOAuth.contains(call.get().arg(index).range(), read)) {
            index++;
        }
        String type = call.get().simpleName();
        Optional<JavaShape.Constructor> constructor = shape.constructors().stream().filter(k ->
                k.scope().endsWith("#" + type + "(" + arity + ")") && k.parameters().size() == arity).findFirst();
        if (constructor.isEmpty() || constructor.get().parameters().get(index).reads().size() != 1) {
            return Optional.empty();
        }
        String owner = JavaOAuth.typeOf(constructor.get().scope());
        if (shape.constructors().stream().anyMatch(k -> JavaOAuth.typeOf(k.scope()).equals(owner)
                && k.parameters().size() == arity - 1)) {
            // one with the parameters left may exist already: two of them would not compile
            return Optional.empty();
        }
        JavaShape.Parameter parameter = constructor.get().parameters().get(index);
        TextRange use = parameter.reads().get(0);
        Optional<JavaShape.Variable> field = shape.variables().stream().filter(v -> v.isField() && v.isPrivate()
                && v.single() && v.writes().size() == 1 && JavaOAuth.contains(v.writes().get(0), use)).findFirst();
        Optional<JavaShape.Statement> assignment = field.flatMap(f -> shape.statementOf(f.writes().get(0)))
                .filter(JavaShape.Statement::inBlock);
        if (assignment.isEmpty() || ctx.file().slice(field.get().writes().get(0)).indexOf('(') >= 0
                || field.get().reads().stream().anyMatch(r -> planned.stream()
                .noneMatch(e -> e.range().length() > 0 && JavaOAuth.contains(e.range(), r)))) {
            return Optional.empty();
        }
        List<TextEdit> edits = new ArrayList<>();
        edits.add(JavaEdits.deleteStatement(ctx, field.get().declaration()));
        edits.add(JavaEdits.deleteStatement(ctx, assignment.get().range()));
        Optional<TextEdit> dropped = JavaEdits.listElement(ctx, text, parameter.range(), true);
        if (dropped.isEmpty()) {
            return Optional.empty();
        }
        edits.add(dropped.get());
        for (CallFact c : facts.calls()) {
            if (c.isConstructor() && c.simpleName().equals(type) && c.args().size() == arity) {
                Optional<TextEdit> argument = JavaEdits.listElement(ctx, text, c.arg(index).range(), true);
                if (argument.isEmpty()) {
                    return Optional.empty();
                }
                edits.add(argument.get());
            }
        }
        String className = JavaOAuth.typeOf(constructor.get().scope());
        String key = Fix.constructorKey(className, arity, index);
        return Optional.of(Fix.review(SettingRewrites.OAUTH_HEADER, "Remove '" + field.get().name() + "', which held "
                        + "the authtoken, and the constructor parameter that filled it: the requests that sent it now "
                        + "get OAuth access tokens (every call of the constructor loses that argument)", edits,
                SettingRewrites.REVOKE).needing(List.of(key)).covering(List.of(key)));
    }

    /**
     * Whether Lombok makes members of the file's fields ({@code @Getter}, {@code @Data}, {@code
     * @RequiredArgsConstructor}): a field removed would take a getter or a constructor parameter that other code uses
     * along.
     */
    private static boolean generatesMembers(String text) {
        return text.contains("import lombok") || text.contains("@lombok.");
    }

    private static Optional<Fix> removal(RuleContext ctx, CodeFacts facts, TextRange read, List<TextEdit> planned) {
        if (generatesMembers(ctx.file().text())) {
            return Optional.empty();
        }
        Optional<JavaShape> shape = facts.java();
        if (shape.isEmpty()) {
            return Optional.empty();
        }
        Optional<JavaShape.Variable> filled = shape.get().variables().stream().filter(v -> v.single()
                && (JavaOAuth.contains(v.declaration(), read) || v.writes().stream().anyMatch(w -> JavaOAuth.contains(w, read))))
                .findFirst();
        if (filled.isEmpty() || filled.get().isField() && !filled.get().isPrivate()
                || filled.get().writes().size() > 1) {
            return Optional.empty();
        }
        JavaShape.Variable variable = filled.get();
        for (TextRange use : variable.reads()) {
            if (planned.stream().noneMatch(e -> e.range().length() > 0 && JavaOAuth.contains(e.range(), use))) {
                return Optional.empty();
            }
        }
        List<TextEdit> edits = new ArrayList<>();
        edits.add(JavaEdits.deleteStatement(ctx, variable.declaration()));
        for (TextRange write : variable.writes()) {
            Optional<JavaShape.Statement> statement = shape.get().statementOf(write)
                    .filter(JavaShape.Statement::inBlock);
            // an assignment goes with the variable only if it does nothing else: the reader's call, or a value
            // that calls nothing (tokenStore.rotate() must still run)
            String assigned = ctx.file().slice(write);
            if (statement.isEmpty() || !JavaOAuth.contains(write, read) && assigned.indexOf('(') >= 0) {
                return Optional.empty();
            }
            edits.add(JavaEdits.deleteStatement(ctx, statement.get().range()));
        }
        return Optional.of(Fix.review(SettingRewrites.OAUTH, "Remove '" + variable.name() + "', which held the "
                        + "authtoken: the requests that sent it now get OAuth access tokens", edits,
                SettingRewrites.REVOKE));
    }

    /** Every OAuth rewrite this file's legacy uses get (what the rules report them with). */
    private static List<Fix> plannedFixes(RuleContext ctx, CodeFacts facts) {
        List<Fix> fixes = new ArrayList<>();
        for (StringExpr expr : facts.strings()) {
            FoldedString folded = facts.fold(expr);
            var query = ZohoPatterns.AUTHTOKEN_PARAM.matcher(folded.text());
            if (query.find() && UrlContext.isLegacyQuery(facts, expr, folded, query.start())) {
                JavaOAuth.urlParameter(ctx, facts, expr).ifPresent(fixes::add);
            }
            if (ZohoPatterns.AUTHTOKEN_HEADER.matcher(folded.text()).find()) {
                JavaOAuth.headerValue(ctx, facts, expr).ifPresent(fixes::add);
            }
        }
        for (CallFact call : facts.calls()) {
            if (call.args().size() >= 2 && Calls.isAuthtokenKey(Calls.knownText(facts, call.arg(0)))
                    && Calls.inZohoContext(facts, call)) {
                JavaOAuth.entry(ctx, facts, call).ifPresent(fixes::add);
            }
        }
        return fixes;
    }
}
