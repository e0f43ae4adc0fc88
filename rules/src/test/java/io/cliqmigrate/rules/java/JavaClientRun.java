package io.cliqmigrate.rules.java;

import java.util.List;
import java.util.function.BiFunction;

/**
 * How to drive one {@link JavaClientCase} against a stub server: the class to create (from the stub's base URL and
 * a token), the public method to call, and the request it must send (method and path, which a fix must keep).
 *
 * @param caseName    the folder under {@code java-clients/}
 * @param className   the class whose method sends the request
 * @param constructor the constructor's arguments, given the base URL and the token
 * @param methodName  the public method that sends one request
 * @param arguments   its arguments
 * @param httpMethod  the request's method
 * @param path        the request's path as sent (percent-encoded)
 * @param legacyAuth  where the legacy code puts the authtoken today
 */
public record JavaClientRun(String caseName, String className, BiFunction<String, String, Object[]> constructor,
                            String methodName, List<Object> arguments, String httpMethod, String path,
                            LegacyAuth legacyAuth) {
    /** Where the authtoken travels in the legacy request. */
    public enum LegacyAuth {
        /** a query parameter {@code authtoken} */
        QUERY,
        /** a field {@code authtoken} of a form body */
        FORM,
        /** the header {@code Authorization: Zoho-authtoken <token>} */
        HEADER
    }

    /** Creates the class in {@code loader}, pointed at {@code baseUrl}, and calls the method; returns its result. */
    public Object runAgainst(ClassLoader loader, String baseUrl, String token) {
        Object client = CompiledCall.construct(loader, className, constructor.apply(baseUrl, token));
        return CompiledCall.call(client, methodName, arguments.toArray());
    }

    @Override
    public String toString() {
        return caseName;
    }
}
