package io.cliqmigrate.rules.support;

import io.cliqmigrate.core.code.Binding;
import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.model.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Form fields written as configuration: an HTTP task's body map ({@code uri: body: authtoken: …} in Ansible) or a
 * Postman key/value list ({@code body.urlencoded[0].key = authtoken}). These requests carry their URL as a sibling
 * setting, which decides whose field it is.
 */
public final class ConfigForms {
    /** {@code <request>.body.<field>} and friends; group 1 is the request's path. */
    private static final Pattern BODY_MAP_FIELD = Pattern.compile(
            "(?i)^(?:(.*)\\.)?(?:body|form|form_?data|form_?params|payload)\\.([^.\\[\\]]+)$");
    /** Postman's {@code <request>.body.urlencoded[i].key}; group 1 is the request's path. */
    private static final Pattern POSTMAN_FIELD = Pattern.compile(
            "(?i)^(?:(.*)\\.)?body\\.(?:urlencoded|formdata)\\[\\d+]\\.key$");

    private ConfigForms() {}

    /** Where each configured form field with this name sits, when its request goes (or may go) to Zoho. */
    public static List<TextRange> fields(CodeFacts facts, Pattern name) {
        List<TextRange> found = new ArrayList<>();
        for (Binding binding : facts.bindings()) {
            if (binding.kind() != Binding.Kind.CONFIG_KEY) {
                continue;
            }
            Matcher bodyMap = BODY_MAP_FIELD.matcher(binding.name());
            Matcher postman = POSTMAN_FIELD.matcher(binding.name());
            String value = binding.value() == null ? null : binding.value().literalValue();
            if (bodyMap.matches() && name.matcher(bodyMap.group(2)).matches() && toZoho(facts, binding, bodyMap.group(1))) {
                found.add(binding.nameRange());
            } else if (postman.matches() && value != null && name.matcher(value.trim()).matches()
                    && toZoho(facts, binding, postman.group(1))) {
                found.add(binding.value().range());
            }
        }
        return found;
    }

    /**
     * A page's or template's form field with this name ({@code <input type="hidden" name="authtoken" …>}, ColdFusion's
     * {@code <cfhttpparam name="authtoken" …>}, the HTML of a PHP page) in a file that talks to Zoho: where the name
     * is written. Only markup gives a {@code name} attribute as a setting; PHP's {@code $name = …} is a variable.
     */
    public static List<TextRange> markupFields(CodeFacts facts, Pattern name) {
        return markupFieldNames(facts, name).stream().map(b -> b.value().range()).toList();
    }

    /**
     * The value written beside each such field's name in a JSX tag ({@code <input name="authtoken" value="…" />}
     * in a React component). Read lexically, JSX attributes are assignments, not the pairs markup gives.
     */
    public static List<Binding> jsxFieldValues(CodeFacts facts, Pattern name) {
        List<Binding> values = new ArrayList<>();
        String text = facts.file().text();
        for (Binding field : markupFieldNames(facts, name)) {
            if (field.kind() != Binding.Kind.ASSIGNMENT) {
                continue;
            }
            int open = text.lastIndexOf("<input", field.nameRange().start());
            facts.bindings().stream().filter(b -> b.kind() == Binding.Kind.ASSIGNMENT && b.name().equals("value")
                    && Math.abs(b.nameRange().start() - open) <= JSX_TAG_LENGTH
                    && text.lastIndexOf("<input", b.nameRange().start()) == open
                    && inJsxInput(text, b.nameRange().start()))
                    .forEach(values::add);
        }
        return values;
    }

    private static List<Binding> markupFieldNames(CodeFacts facts, Pattern name) {
        List<Binding> found = new ArrayList<>();
        String language = facts.file().languageId();
        boolean markup = "html".equals(language) || "php".equals(language);
        boolean jsx = "javascript".equals(language) || "typescript".equals(language);
        if (!markup && !jsx || !facts.hasZohoContext("")) {
            return found;
        }
        String text = facts.file().text();
        for (Binding binding : facts.bindings()) {
            String value = binding.value() == null ? null : binding.value().literalValue();
            if (!binding.name().equalsIgnoreCase("name")) {
                continue;
            }
            boolean attribute = markup ? binding.kind() == Binding.Kind.CONFIG_KEY
                    : binding.kind() == Binding.Kind.ASSIGNMENT && inJsxInput(text, binding.nameRange().start());
            if (attribute && value != null
                    && name.matcher(value.trim()).matches() && !postsElsewhere(text, binding.value().range().start())) {
                found.add(binding);
            }
        }
        return found;
    }

    /** How far an attribute may sit from the start of its JSX tag. */
    private static final int JSX_TAG_LENGTH = 400;

    /**
     * Whether {@code at} is inside an {@code <input …>} tag: no {@code >} between the tag's start and it, outside
     * the braces of an attribute's expression ({@code onChange={e => …}}).
     */
    private static boolean inJsxInput(String text, int at) {
        int open = text.lastIndexOf("<input", at);
        if (open < 0 || at - open > JSX_TAG_LENGTH) {
            return false;
        }
        int depth = 0;
        for (int i = open; i < at; i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && depth > 0) {
                depth--;
            } else if (c == '>' && depth == 0) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern REQUEST_TAG = Pattern.compile("(?i)<(?:form|cfhttp)\\b[^>]*>");
    private static final Pattern TARGET = Pattern.compile("(?i)\\b(?:action|url)\\s*=\\s*[\"']([^\"']*)");

    /**
     * Whether the form or {@code cfhttp} request a field at {@code at} belongs to goes somewhere named that is not
     * Zoho: a login form posting to its own site ({@code action="/api/session"}, or to its own page, with no action)
     * holds that site's token.
     */
    private static boolean postsElsewhere(String text, int at) {
        String last = requestTag(text, at);
        if (last == null) {
            return false;
        }
        // a form with no action, or an empty one, posts back to its own page
        Matcher target = TARGET.matcher(last);
        return !target.find() || target.group(1).isBlank() || !ZohoPatterns.ZOHO_HOST.matcher(target.group(1)).find();
    }

    /** Whether a field at {@code at} belongs to a form or {@code cfhttp} request that names a Zoho host. */
    public static boolean postsToZoho(String text, int at) {
        String last = requestTag(text, at);
        Matcher target = last == null ? null : TARGET.matcher(last);
        return target != null && target.find() && ZohoPatterns.ZOHO_HOST.matcher(target.group(1)).find();
    }

    /** The last form or {@code cfhttp} tag opened in the 4,000 characters before {@code at}, if any. */
    private static String requestTag(String text, int at) {
        Matcher tag = REQUEST_TAG.matcher(text.substring(Math.max(0, at - 4000), at));
        String last = null;
        while (tag.find()) {
            last = tag.group();
        }
        return last;
    }

    /**
     * The request's URL (the nearest {@code <request>.url} or {@code .url.raw} setting) names Zoho, or names no
     * host and the file talks to Zoho.
     */
    private static boolean toZoho(CodeFacts facts, Binding field, String request) {
        String prefix = request == null ? "" : request + ".";
        Binding url = null;
        for (Binding b : facts.bindings()) {
            boolean isUrl = b.kind() == Binding.Kind.CONFIG_KEY && b.value() != null
                    && (b.name().equals(prefix + "url") || b.name().equals(prefix + "url.raw"));
            if (isUrl && (url == null || distance(b, field) < distance(url, field))) {
                url = b;
            }
        }
        String text = url == null ? null : facts.fold(url.value()).text();
        if (text != null && ZohoPatterns.ZOHO_HOST.matcher(text).find()) {
            return true;
        }
        boolean otherHost = text != null && text.matches("(?is)\\s*https?://[a-z0-9].*");
        return !otherHost && facts.hasZohoContext(field.scope());
    }

    private static int distance(Binding a, Binding b) {
        return Math.abs(a.nameRange().start() - b.nameRange().start());
    }
}
