package io.cliqmigrate.core.code;

import io.cliqmigrate.core.model.TextRange;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a Java rewrite needs to know about a file beyond its strings and calls, free of parser types: the package
 * and imports (to add one in the file's order), the statements (to delete or insert one), the names a method
 * already uses (to introduce a variable), the fields and where they are read (to drop one that only held a token),
 * the HTTP requests the file builds, recognised by the types of the client libraries, with the expressions
 * their URL comes from, the methods it declares (among them a Retrofit or Feign client interface's requests, which
 * other files call), and the declared type of the variable each call is made on ({@code receiverTypes}, by the call's
 * range: {@code CliqApi} for {@code api.postToChannel(…)} where {@code api} is a {@code CliqApi} field, as written
 * without type arguments; a call on anything else, or on a variable whose type the file does not show, has none).
 */
public record JavaShape(String packageName, TextRange packageDeclaration, List<Import> imports,
                        List<Statement> statements, Map<String, Set<String>> names, List<Variable> variables,
                        List<Request> requests, List<Method> methods, Map<TextRange, String> receiverTypes,
                        List<Constructor> constructors) {
    public JavaShape {
        constructors = List.copyOf(constructors);
        imports = List.copyOf(imports);
        statements = List.copyOf(statements);
        names = Map.copyOf(names);
        variables = List.copyOf(variables);
        requests = List.copyOf(requests);
        methods = List.copyOf(methods);
        receiverTypes = Map.copyOf(receiverTypes);
    }

    /**
     * A method the file declares: {@code type} is its type's qualified name, {@code declaration} the whole
     * declaration from its first annotation or modifier, {@code nameRange} where its name is written; {@code
     * abstractInInterface} for a method an interface declares without a body (a client's request).
     */
    public record Method(String type, String name, TextRange declaration, TextRange nameRange,
                         List<Parameter> parameters, boolean abstractInInterface) {
        public Method {
            parameters = List.copyOf(parameters);
        }

        /** The scope of the code in it, as {@link CallFact#scope()} names it: {@code pkg.Type#name(arity)}. */
        public String scope() {
            return type + "#" + name + "(" + parameters.size() + ")";
        }
    }

    /** A parameter as written, with its annotations and modifiers ({@code range}), and where its name is. */
    /**
     * A parameter: its name, its declaration ({@code range}: type and name), where its name is written, and for a
     * constructor's, the places the body reads it (empty for a method's).
     */
    public record Parameter(String name, TextRange range, TextRange nameRange, List<TextRange> reads) {
        public Parameter {
            reads = List.copyOf(reads);
        }

        public Parameter(String name, TextRange range, TextRange nameRange) {
            this(name, range, nameRange, List.of());
        }
    }

    /** An import declaration as written. */
    public record Import(String name, boolean isStatic, boolean asterisk, TextRange range) {}

    /**
     * An expression statement ({@code form.add(…);}, {@code this.token = …;}, a local declaration): its range, its
     * expression's, and the block it stands in ({@code null} for the body of an {@code if} or a loop written without
     * braces, which cannot lose it nor get a statement after it).
     */
    public record Statement(TextRange range, TextRange expression, String scope, TextRange block) {
        public boolean inBlock() {
            return block != null;
        }
    }

    /**
     * A String field or local variable: its whole declaration (a field's annotations and comment included; a
     * local's statement), whether it declares only this variable, where it is read and assigned ({@code writes}:
     * the assignment expressions) in this file, whether it is a private field, and for a local its method's scope
     * ({@code null} for a field).
     */
    public record Variable(String name, TextRange declaration, boolean single, boolean isPrivate,
                           List<TextRange> reads, List<TextRange> writes, String scope) {
        public boolean isField() {
            return scope == null;
        }
    }

    /**
     * A constructor of a type of the file ({@code scope}: {@code Type#Name(n)}) and its parameters, each with its
     * declaration (type and name) and where the body reads it: a parameter that only fills a field the rewrites
     * leave unread can go, with the argument of every call.
     */
    public record Constructor(String scope, List<Parameter> parameters) {
        public Constructor {
            parameters = List.copyOf(parameters);
        }
    }

    /** The client libraries whose requests a rewrite can give a header. */
    public enum Client {
        // each setter a rewrite uses replaces a header of that name, but REST Assured's, which adds one
        /** {@code java.net.HttpURLConnection}: {@code conn.setRequestProperty(name, value)}. */
        URL_CONNECTION,
        /** Apache HttpClient 4 and 5: {@code request.setHeader(name, value)}. */
        APACHE,
        /** Commons HttpClient 3's {@code PostMethod}/{@code GetMethod}: {@code method.setRequestHeader(name, value)}. */
        COMMONS_HTTPCLIENT,
        /** REST Assured's {@code given()…post(url)}: {@code .header(name, value)} right after {@code given()}. */
        REST_ASSURED,
        /** OkHttp's {@code Request.Builder}: {@code .header(name, value)} in the chain. */
        OKHTTP,
        /** {@code java.net.http.HttpRequest.Builder}: {@code .setHeader(name, value)} in the chain. */
        JDK_HTTP,
        /** Spring's {@code RestClient}/{@code WebClient}: {@code .header(name, value)} after {@code .uri(…)}. */
        SPRING_FLUENT,
        /** Spring's {@code HttpHeaders} sent with a {@code RestTemplate} call: {@code headers.set(name, value)}. */
        SPRING_HEADERS,
        /** A {@code RestTemplate} call whose request carries no headers yet: it gets an {@code HttpEntity}. */
        REST_TEMPLATE
    }

    /** How the header is added to a request. */
    public enum Anchor {
        /** A statement on {@code variable} right after the statement {@code anchor}. */
        AFTER_STATEMENT,
        /** A call inserted right after the call {@code anchor} of the builder chain. */
        CHAIN,
        /**
         * The request is created inline ({@code creation}, of type {@code type} as written) in the statement
         * {@code anchor}: it is put in a variable declared before the statement, which gets the header.
         */
        INLINE,
        /**
         * A {@code RestTemplate} call ({@code anchor}, named {@code method}, its arguments {@code arguments}; a
         * request of {@link Client#SPRING_HEADERS} names its call the same way):
         * headers are declared before its statement {@code statement} and sent with it.
         */
        TEMPLATE_CALL
    }

    /**
     * An HTTP request built in method {@code scope}. {@code urlSources} are the ranges of the expressions its URL
     * is made of: the URL argument, the values of the local variables and fields it names, and where it is a
     * parameter of the method ({@code viaParameter}), the arguments of the calls to that method in this file
     * ({@code privateMethod}: whether no other file can call it). {@code urlValues} are the whole string values the
     * URL can take that way (a local's value, each caller's argument), unwrapped from {@code new URL(…)},
     * {@code URI.create(…)} and the like. {@code urlName} is the String parameter or local the request is given
     * its URL in ({@code url} of {@code new URL(url).openConnection()}), never assigned after its declaration, so
     * that a statement after the request's still reads the URL it was sent to; {@code null} otherwise.
     */
    public record Request(Client client, Anchor anchor, String scope, String variable, TextRange anchorRange,
                          TextRange statement, TextRange creation, String type, String method,
                          List<TextRange> arguments, List<TextRange> urlSources, boolean viaParameter,
                          boolean privateMethod, List<StringExpr> urlValues, String urlName) {
        public Request {
            arguments = List.copyOf(arguments);
            urlSources = List.copyOf(urlSources);
            urlValues = List.copyOf(urlValues);
        }

        /** Whether the URL of this request is built from the expression at {@code range}. */
        public boolean uses(TextRange range) {
            return urlSources.stream().anyMatch(s -> s.start() <= range.start() && range.end() <= s.end());
        }
    }

    /** The statement whose whole expression is at {@code expression}. */
    public Optional<Statement> statementOf(TextRange expression) {
        return statements.stream().filter(s -> expression.equals(s.expression())).findFirst();
    }

    /** The innermost statement holding {@code range}. */
    public Optional<Statement> statementAround(TextRange range) {
        Statement best = null;
        for (Statement s : statements) {
            if (s.range().start() <= range.start() && range.end() <= s.range().end()
                    && (best == null || s.range().length() < best.range().length())) {
                best = s;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The variable {@code name} as code in {@code scope} sees it: its local there, else the field. */
    public Optional<Variable> variable(String name, String scope) {
        Optional<Variable> local = variables.stream().filter(v -> v.name().equals(name) && scope.equals(v.scope()))
                .findFirst();
        return local.isPresent() ? local
                : variables.stream().filter(v -> v.name().equals(name) && v.isField()).findFirst();
    }
}
