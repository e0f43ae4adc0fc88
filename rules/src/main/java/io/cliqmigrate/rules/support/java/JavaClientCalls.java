package io.cliqmigrate.rules.support.java;

import io.cliqmigrate.core.code.CallFact;
import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.JavaShape;
import io.cliqmigrate.core.model.Fix;
import io.cliqmigrate.core.model.TextEdit;
import io.cliqmigrate.core.rule.DataCentres;
import io.cliqmigrate.core.rule.RuleContext;
import io.cliqmigrate.rules.support.SettingRewrites;
import io.cliqmigrate.rules.support.java.JavaClientInterfaces.LegacyParameter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The calls, in this file, of a client interface's method whose authtoken parameter becomes the Authorization
 * header ({@link JavaClientInterfaces}, another file's): each passes the token provider's header value ({@code
 * ZohoOAuthTokens.shared().header()}) instead of the authtoken. A call is one of the method's by its name, its
 * number of arguments, and the declared type of the variable it is made on. The rewrite is {@linkplain
 * RuleContext#offer offered} to complete the interface's, one per method, and only where the file uses the method
 * no other way ({@link JavaClientInterfaces#usedElsewhere}): a method reference, a call on what the file does not
 * show the type of, or an argument the rewrite would stop running leaves the whole rewrite to a person.
 */
public final class JavaClientCalls {
    /** An argument that may give way: a name, a field, a getter's result, a literal; nothing else runs in it. */
    private static final Pattern REPLACEABLE = Pattern.compile(
            "(?:[A-Za-z_$][\\w$]*|get[\\w$]*\\(\\s*\\))(?:\\s*\\.\\s*(?:[A-Za-z_$][\\w$]*|get[\\w$]*\\(\\s*\\)))*"
                    + "|\"(?:[^\"\\\\]|\\\\.)*\"");

    private JavaClientCalls() {}

    /** The calls of one method of a client interface, with its parameters that carry the authtoken. */
    private record Target(CodeFacts declaring, List<LegacyParameter> parameters, List<CallFact> calls) {
        JavaShape.Method method() {
            return parameters.get(0).method();
        }
    }

    /** Offers the rewrite of the calls of each client method whose authtoken parameter another file's fix changes. */
    public static void offer(RuleContext ctx, CodeFacts facts) {
        Optional<JavaShape> shape = facts.java();
        if (shape.isEmpty() || shape.get().receiverTypes().isEmpty()) {
            return;
        }
        Map<String, Optional<CodeFacts>> declarations = new HashMap<>();
        Map<String, List<LegacyParameter>> legacy = new HashMap<>();
        Map<String, Target> targets = new LinkedHashMap<>();
        for (CallFact call : facts.calls()) {
            String written = shape.get().receiverTypes().get(call.range());
            if (written == null || call.isAnnotation() || call.isConstructor()) {
                continue;
            }
            Optional<CodeFacts> declaring = declarations.computeIfAbsent(written, w -> declaring(ctx, shape.get(), w));
            if (declaring.isEmpty() || declaring.get().file().path().equals(facts.file().path())) {
                continue;
            }
            List<LegacyParameter> declared = legacy.computeIfAbsent(declaring.get().file().path(),
                    path -> JavaClientInterfaces.legacyParameters(declaring.get()));
            List<LegacyParameter> parameters = declared.stream()
                    .filter(p -> p.method().name().equals(call.simpleName())
                            && p.method().parameters().size() == call.args().size()
                            && qualifiedNames(shape.get(), written).contains(p.method().type()))
                    .toList();
            if (!parameters.isEmpty()) {
                targets.computeIfAbsent(parameters.get(0).method().scope(),
                        k -> new Target(declaring.get(), parameters, new ArrayList<>())).calls().add(call);
            }
        }
        for (Target target : targets.values()) {
            rewrite(ctx, facts, shape.get(), target).ifPresent(ctx::offer);
        }
    }

    private static Optional<Fix> rewrite(RuleContext ctx, CodeFacts facts, JavaShape shape, Target target) {
        JavaShape.Method method = target.method();
        if (JavaClientInterfaces.usedElsewhere(facts, shape, method,
                at -> target.calls().stream().anyMatch(c -> c.nameRange().start() == at))) {
            return Optional.empty();
        }
        String accounts = DataCentres.accountsUrl(facts.zohoLiterals());
        if (accounts == null) {
            accounts = DataCentres.accountsUrl(target.declaring().zohoLiterals());
        }
        Optional<TokenProviders.Provider> provider = TokenProviders.use(ctx, facts, shape, accounts);
        if (provider.isEmpty()) {
            return Optional.empty();
        }
        List<TextEdit> edits = new ArrayList<>(provider.get().edits());
        for (CallFact call : target.calls()) {
            for (LegacyParameter p : target.parameters()) {
                String argument = ctx.file().slice(call.arg(p.index()).range());
                if (!REPLACEABLE.matcher(argument).matches()) {
                    return Optional.empty();
                }
                edits.add(ctx.edit(call.arg(p.index()).range(), provider.get().headerCode()));
            }
        }
        String member = JavaClientInterfaces.simple(method.type()) + "." + method.name();
        List<String> keys = target.parameters().stream().map(p -> p.key(target.declaring())).toList();
        return Optional.of(Fix.review(SettingRewrites.OAUTH_HEADER, "Pass " + member + " the OAuth Authorization "
                        + "header's value from " + provider.get().simpleName() + " instead of the authtoken",
                        List.copyOf(new LinkedHashSet<>(edits)), provider.get().steps().toArray(String[]::new))
                .covering(keys));
    }

    /** The file of the client interface a variable's declared type names, where the file's imports tell one. */
    private static Optional<CodeFacts> declaring(RuleContext ctx, JavaShape shape, String written) {
        List<CodeFacts> found = new ArrayList<>();
        for (String name : qualifiedNames(shape, written)) {
            ctx.clientInterface(name).filter(f -> !found.contains(f)).ifPresent(found::add);
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /**
     * The qualified names a type written in this file may have: the import of its first name, else its package's
     * type, a type of a package imported with {@code *}, or the name as written where it is qualified.
     */
    private static List<String> qualifiedNames(JavaShape shape, String written) {
        int dot = written.indexOf('.');
        String first = dot < 0 ? written : written.substring(0, dot);
        String rest = written.substring(first.length());
        for (JavaShape.Import imp : shape.imports()) {
            if (!imp.isStatic() && !imp.asterisk() && JavaClientInterfaces.simple(imp.name()).equals(first)) {
                return List.of(imp.name() + rest);
            }
        }
        List<String> out = new ArrayList<>();
        out.add(shape.packageName().isEmpty() ? written : shape.packageName() + "." + written);
        shape.imports().stream().filter(i -> !i.isStatic() && i.asterisk()).forEach(i -> out.add(i.name() + "."
                + written));
        if (dot > 0) {
            out.add(written);
        }
        return out;
    }
}
