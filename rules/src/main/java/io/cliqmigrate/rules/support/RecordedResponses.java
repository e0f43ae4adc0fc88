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
