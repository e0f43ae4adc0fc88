package io.cliqmigrate.rules.support;

import io.cliqmigrate.core.code.Binding;
import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.StringExpr;
import io.cliqmigrate.core.model.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The recorded answers of a configuration file that stores HTTP exchanges: a VCR cassette's
 * {@code response.body}, a Postman collection's saved {@code response[]}. A v1 path Zoho echoes in such an answer
 * ({@code "uri":"/crm/private/json/Notes/insertRecords"}) is data that was received, not a request the code makes;
 * the request recorded beside it is what is reported.
 */
public final class RecordedResponses {
    private RecordedResponses() {}

    /** Whether the string is (part of) the value of a setting under a {@code response} key. */
    public static boolean contain(CodeFacts facts, StringExpr expr) {
        for (TextRange answer : facts.answer("recordedResponses", RecordedResponses::find)) {
            if (answer.contains(expr.range())) {
                return true;
            }
        }
        return false;
    }

    /** The {@code uri} a Zoho answer echoes, right before a path: {@code <response uri="}, {@code "uri":"}. */
    private static final java.util.regex.Pattern ECHOED_URI = java.util.regex.Pattern.compile(
            "(?i)(?:<response\\s+uri=\\\\?[\"']|[\"']uri\\\\?[\"']\\s*:\\s*\\\\?[\"'])/?$");

    /**
     * Whether the path at {@code at} is the {@code uri} a Zoho answer echoes: {@code <response
     * uri="/crm/private/xml/Leads/searchRecords">} in a test's canned answer is data, not a request.
     */
    public static boolean echoedUri(String text, int at) {
        return ECHOED_URI.matcher(text.substring(Math.max(0, at - 20), at)).find();
    }

    private static List<TextRange> find(CodeFacts facts) {
        List<TextRange> answers = new ArrayList<>();
        for (Binding binding : facts.bindings()) {
            if (binding.kind() == Binding.Kind.CONFIG_KEY && binding.value() != null && underResponse(binding.name())) {
                answers.add(binding.value().range());
            }
        }
        return answers;
    }

    private static boolean underResponse(String key) {
        for (String segment : key.toLowerCase(Locale.ROOT).split("[.\\[\\]]")) {
            if (segment.equals("response") || segment.equals("responses")) {
                return true;
            }
        }
        return false;
    }
}
