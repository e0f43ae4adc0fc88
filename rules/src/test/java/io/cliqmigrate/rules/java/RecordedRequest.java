package io.cliqmigrate.rules.java;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One request as {@link StubZohoServer} received it: what a Zoho API would have seen from the code under test.
 *
 * @param method  {@code GET}, {@code POST}, …
 * @param path    the path as sent (still percent-encoded)
 * @param query   the query as sent, without {@code ?} ({@code ""} when there is none)
 * @param headers every header, by name in any case
 * @param body    the body as UTF-8 text ({@code ""} when there is none)
 */
public record RecordedRequest(String method, String path, String query, Map<String, List<String>> headers,
                              String body) {
    public RecordedRequest {
        Map<String, List<String>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> byName.put(name, List.copyOf(values)));
        headers = java.util.Collections.unmodifiableMap(byName);
    }

    /** The path and query, as in the request line ({@code /api/v2/…/message?authtoken=…}). */
    public String target() {
        return query.isEmpty() ? path : path + "?" + query;
    }

    /** The first value of header {@code name} (any case). */
    public Optional<String> header(String name) {
        List<String> values = headers.getOrDefault(name, List.of());
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** True when header {@code name} (any case) has exactly {@code value} among its values. */
    public boolean hasHeader(String name, String value) {
        return headers.getOrDefault(name, List.of()).contains(value);
    }

    /** True when header {@code name} (any case) is there at all. */
    public boolean hasHeader(String name) {
        return headers.containsKey(name);
    }

    /**
     * True when {@code text} stands, ignoring case, in the path, the query or the body, as sent or percent-decoded:
     * {@code urlOrBodyContains("authtoken")} finds {@code ?authtoken=…}, {@code AuthToken=…} in a form body and
     * {@code authtoken%3D…} alike.
     */
    public boolean urlOrBodyContains(String text) {
        String wanted = text.toLowerCase(Locale.ROOT);
        for (String part : List.of(path, query, body)) {
            if (part.toLowerCase(Locale.ROOT).contains(wanted) || decode(part).toLowerCase(Locale.ROOT).contains(wanted)) {
                return true;
            }
        }
        return false;
    }

    /** The query's parameters, decoded, in order (a name sent twice keeps both values). */
    public Map<String, List<String>> queryParameters() {
        return parameters(query);
    }

    /** The parameters of a form body ({@code application/x-www-form-urlencoded}), decoded; empty for another body. */
    public Map<String, List<String>> formParameters() {
        boolean form = header("Content-Type").map(type -> type.toLowerCase(Locale.ROOT)
                .startsWith("application/x-www-form-urlencoded")).orElse(false);
        return form ? parameters(body) : Map.of();
    }

    /** {@code name=value&…} decoded, as a form or a query; a pair without {@code =} has the value {@code ""}. */
    public static Map<String, List<String>> parameters(String encoded) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            parameters.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // a stray % is kept as sent
            return text;
        }
    }
}
