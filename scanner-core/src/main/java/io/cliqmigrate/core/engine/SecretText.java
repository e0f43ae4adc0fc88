package io.cliqmigrate.core.engine;

import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.model.Redactor;
import io.cliqmigrate.core.model.TextRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Masks a file's secret values, the ones its code frames mask ({@link SecretValues}), in another text that shows
 * the file: the {@code parse --tree} dump of a script or of a configuration file's settings. Each value's text,
 * as written in the file, is replaced by its masked form wherever it stands as a whole.
 */
public final class SecretText {
    private static final int KEY = 3;
    private static final String QUOTES = "\"'`";

    private SecretText() {}

    public static String mask(String text, CodeFacts facts) {
        String source = facts.file().text();
        List<String> written = new ArrayList<>();
        for (TextRange range : SecretRanges.of(SecretValues.in(facts)).all()) {
            written.add(source.substring(range.start(), Math.min(range.end(), source.length())));
        }
        return mask(text, written);
    }

    /** Masks each of {@code written} (secret values as written in a file, quotes and all) wherever it stands whole. */
    public static String mask(String text, java.util.Collection<String> written) {
        // by their first characters, so the text is read once however many values the file holds
        Map<String, List<String>> values = new HashMap<>();
        for (String secret : written) {
            for (String line : secret.split("\\R")) {
                String value = unquoted(line);
                if (value.length() >= KEY) {
                    values.computeIfAbsent(value.substring(0, KEY), k -> new ArrayList<>()).add(value);
                }
            }
        }
        if (values.isEmpty()) {
            return text;
        }
        values.values().forEach(list -> list.sort(Comparator.comparingInt(String::length).reversed()));
        StringBuilder out = new StringBuilder(text);
        for (int at = 0; at + KEY <= text.length(); at++) {
            List<String> candidates = at > 0 && Character.isLetterOrDigit(text.charAt(at - 1)) ? null
                    : values.get(text.substring(at, at + KEY));
            if (candidates == null) {
                continue;
            }
            for (String value : candidates) {
                int end = at + value.length();
                if (text.startsWith(value, at)
                        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                    out.replace(at, end, Redactor.mask(value));
                    at = end - 1;
                    break;
                }
            }
        }
        return out.toString();
    }

    private static String unquoted(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && QUOTES.indexOf(value.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && QUOTES.indexOf(value.charAt(end - 1)) >= 0) {
            end--;
        }
        return value.substring(start, end).strip();
    }
}
