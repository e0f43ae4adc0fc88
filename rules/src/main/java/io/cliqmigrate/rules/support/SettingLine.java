package io.cliqmigrate.rules.support;

import io.cliqmigrate.core.code.Binding;
import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.model.TextRange;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A setting that stands on a line of its own in a configuration file, and how its format writes a setting next to
 * it. Only such a setting is rewritten: a new setting goes on a line of its own with the same indentation, and a
 * setting on a shared line (a one-line JSON object, a YAML flow map) is left to a person.
 *
 * <p>Formats without environment interpolation (TOML, INI, JSON, XML) get an empty value where a secret goes: TOML
 * and INI with a comment line naming the environment variable to set it from; .NET's JSON and XML settings
 * without one, since .NET's own environment override ({@code Zoho__Cliq__WebhookToken}, an App Service application
 * setting) fills an empty value.
 */
public record SettingLine(String format, String text, Binding binding, int lineStart, int lineEnd, int start,
                          int end) {
    /** What may precede the setting on its line: indentation, and for XML the element's start up to its key. */
    private static final Map<String, Pattern> BEFORE = Map.of("xml", Pattern.compile("[ \\t]*<[^<>\"']*"));
    /** What may follow the value on its line: a JSON member's comma, the end of an XML element. */
    private static final Map<String, Pattern> AFTER = Map.of("json", Pattern.compile("\\s*,?\\s*"),
            "xml", Pattern.compile("[^<>]*/>\\s*|[^<>]*>\\s*</[\\w:.-]+>\\s*"));
    private static final Pattern BLANK = Pattern.compile("[ \\t]*");
    private static final Map<String, String> COMMENT = Map.of("toml", "# ", "ini", "; ");

    /**
     * The setting's line, or null where it shares its line or spans lines; an XML setting only as an
     * {@code <add key="…" value="…"/>} element.
     */
    public static SettingLine of(String format, String text, Binding binding) {
        TextRange name = binding.nameRange();
        int valueEnd = binding.value() == null ? name.end() : Math.max(name.end(), binding.value().range().end());
        int lineStart = Lines.startOf(text, name.start());
        int lineEnd = SettingRewrites.lineEnd(text, valueEnd);
        if (binding.value() == null || text.substring(name.start(), valueEnd).contains("\n")
                || !BEFORE.getOrDefault(format, BLANK).matcher(text.substring(lineStart, name.start())).matches()
                || !AFTER.getOrDefault(format, BLANK).matcher(text.substring(valueEnd, lineEnd)).matches()) {
            return null;
        }
        if (!format.equals("xml")) {
            return new SettingLine(format, text, binding, lineStart, lineEnd, name.start(), valueEnd);
        }
        return quoted(text.substring(name.start(), name.end())) ? new SettingLine(format, text, binding, lineStart,
                lineEnd, text.lastIndexOf('<', name.start()), text.lastIndexOf('>', lineEnd - 1) + 1) : null;
    }

    public String indent() {
        return text.substring(lineStart, start).replaceAll("\\S.*", "");
    }

    /** The key as written, without quotes. */
    public String key() {
        return unquoted(slice(binding.nameRange()));
    }

    /** Whether the format has no environment interpolation, so a secret is left empty. */
    public boolean emptiesSecrets() {
        return !format.equals("properties") && !format.equals("yaml");
    }

    /** The whole setting as written (an XML element, a key and its value), for a replacement in its place. */
    public TextRange range() {
        return new TextRange(start, end);
    }

    /**
     * The setting written anew with another key and value, in the same form: separator, quotes, the rest of an XML
     * element kept.
     */
    public String written(String key, String value) {
        TextRange name = binding.nameRange();
        TextRange valueRange = binding.value().range();
        TextRange first = name.start() < valueRange.start() ? name : valueRange;
        TextRange second = first == name ? valueRange : name;
        // a JSON value written bare (null, a number) becomes a string
        String valueLike = format.equals("json") && !quoted(slice(valueRange)) ? "\"\"" : slice(valueRange);
        String firstText = first == name ? quote(slice(name), key) : quote(valueLike, value);
        String secondText = first == name ? quote(valueLike, value) : quote(slice(name), key);
        return (text.substring(start, first.start()) + firstText + text.substring(first.end(), second.start())
                + secondText + text.substring(second.end(), end)).stripTrailing();
    }

    /** A comment line (with its line break and the next line's indentation) saying {@code says}; "" where none. */
    public String comment(String says) {
        String prefix = COMMENT.get(format);
        return prefix == null ? "" : prefix + says + "\n" + indent();
    }

    /** The separator between settings written one after another: a JSON member ends with a comma. */
    public String separator() {
        return (format.equals("json") ? "," : "") + "\n" + indent();
    }

    /**
     * How the file joins the words of its keys ({@code -}, {@code _} or {@code camel}), for a key of one lowercase
     * word that shows no style: the first other key of several words decides, else the format's custom.
     */
    public String style(CodeFacts facts) {
        for (Binding b : facts.bindings()) {
            String last = b.kind() == Binding.Kind.CONFIG_KEY ? b.name().substring(b.name().lastIndexOf('.') + 1) : "";
            if (last.matches("[a-z0-9]+(?:_[a-z0-9]+)+")) {
                return "_";
            }
            if (last.matches("[a-z0-9]+(?:-[a-z0-9]+)+")) {
                return "-";
            }
            if (last.matches("[a-z][a-z0-9]*[A-Z][A-Za-z0-9]*")) {
                return "camel";
            }
        }
        return switch (format) {
            case "toml", "ini" -> "_";
            case "json", "xml" -> "camel";
            default -> "-";
        };
    }

    private String slice(TextRange range) {
        return text.substring(range.start(), range.end());
    }

    private static boolean quoted(String s) {
        return s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'') && s.charAt(s.length() - 1) == s.charAt(0);
    }

    private static String unquoted(String s) {
        return quoted(s) ? s.substring(1, s.length() - 1) : s;
    }

    /** {@code value} in the quotes {@code like} is written in, if any. */
    private static String quote(String like, String value) {
        if (!quoted(like)) {
            return value;
        }
        String q = like.substring(0, 1);
        return q + value + q;
    }

}
