package io.cliqmigrate.rules.support;

import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.model.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields of a settings page or schema, where the people who set an integration up type its credentials in: a
 * plugin's {@code <input name="zoho_settings[authtoken]">}, WordPress's {@code add_settings_field('zoho_authtoken', …)},
 * a Symfony form's {@code $builder->add('auth_token', 'text')}, a Drupal form element
 * {@code $form['zoho_authtoken'] = array('#type' => 'textfield', …)} and its save
 * {@code ->set('zoho_authtoken', …)}, a Joomla form's {@code <field name="authenticationToken" …>}, a service hook's
 * schema {@code string :project_id, :authtoken}, a Django field {@code zoho_auth_token = models.CharField(…)}. A field
 * for a token Zoho no longer issues is part of the migration: the page must ask for something else.
 */
public final class SettingsFields {
    /** An HTML form control's name, in a page or in the markup a PHP string echoes; group 1 the name. */
    private static final Pattern MARKUP_FIELD = Pattern.compile(
            "(?i)<(?:input|textarea|select)\\b[^<>]*?\\sname\\s*=\\s*\\\\?[\"']([\\w\\[\\]-]+)\\\\?[\"']");
    private static final Pattern HIDDEN = Pattern.compile("(?i)\\stype\\s*=\\s*\\\\?[\"']hidden|\\shidden[\\s/>]");
    /**
     * A Rails form helper's field ({@code text_field_tag 'settings[zoho_authtoken]'}, {@code f.password_field
     * :zoho_authtoken}) in a view; group 1 the name.
     */
    private static final Pattern RAILS_FIELD = Pattern.compile("\\b(?:text_field|password_field|text_area)(?:_tag)?"
            + "\\s*\\(?\\s*(?::|['\"])([\\w\\[\\]-]+)");
    /** A Joomla, Magento or Zend form definition's field; group 1 the name. */
    private static final Pattern XML_FIELD = Pattern.compile(
            "<field\\b[^<>]*?\\s(?:name|id)\\s*=\\s*[\"']([\\w.-]+)[\"']");
    /** The PHP form and settings APIs that declare or save a field by its name; group 1 the name. */
    private static final Pattern PHP_FIELD = Pattern.compile("(?:\\badd_settings_field|\\$builder\\s*->\\s*add"
            + "|->\\s*set)\\s*\\(\\s*['\"]([\\w.-]+)['\"]\\s*,");
    /** A Drupal form element: {@code $form['group']['name'] = array('#type' => …}; group 1 the name. */
    private static final Pattern DRUPAL_ELEMENT = Pattern.compile("\\$form(?:\\s*\\[\\s*['\"][\\w-]+['\"]\\s*])*"
            + "\\s*\\[\\s*['\"]([\\w-]+)['\"]\\s*]\\s*=\\s*(?:array\\s*\\(|\\[)\\s*['\"]#type['\"]");
    /** An element whose default is the stored setting: the rule for configuration reads reports it there. */
    private static final Pattern READ_DEFAULT = Pattern.compile(
            "^[^;]*?['\"]#default_value['\"]\\s*=>\\s*(?:variable_get|\\$\\w+\\s*->\\s*get|\\$this->config)");
    /** A service hook's settings schema ({@code string :project_id, :authtoken}); group 1 the names. */
    private static final Pattern RUBY_SCHEMA = Pattern.compile(
            "(?m)^[ \\t]*(?:string|password)[ \\t]+((?::\\w+[ \\t]*,[ \\t]*)*:\\w+)");
    private static final Pattern SYMBOL = Pattern.compile(":(\\w+)");
    /** A Django model or form field, or a migration that adds one; group 1 or 2 the name. */
    private static final Pattern PYTHON_FIELD = Pattern.compile("(?m)^[ \\t]+(\\w+)[ \\t]*=[ \\t]*(?:models|forms)\\."
            + "\\w*Field\\(|migrations\\.AddField\\([^)]*?\\bname\\s*=\\s*['\"](\\w+)['\"]");

    private SettingsFields() {}

    /**
     * Where this file declares a settings field whose name passes {@code legacy}; a page's field that a form posts to
     * Zoho itself is the request's field, not a setting, and is left to the rule for form fields. A form element
     * whose default is read from the stored setting counts only with {@code readDefaults}: the rule for
     * configuration reads reports the authtoken's there.
     */
    public static List<TextRange> in(CodeFacts facts, BiPredicate<String, CodeFacts> legacy, boolean readDefaults) {
        List<TextRange> found = new ArrayList<>();
        String language = facts.file().languageId();
        String text = facts.file().text();
        Set<String> rendered = new java.util.HashSet<>();
        if (Set.of("php", "html").contains(language) && facts.hasZohoContext("")) {
            Matcher m = MARKUP_FIELD.matcher(text);
            while (m.find()) {
                String name = m.group(1);
                // an option array's member: zoho_settings[authtoken]
                String member = member(name);
                // a hidden field carries a value along (a page's own parameter); it asks nobody for it
                if (legacy.test(member, facts) && !HIDDEN.matcher(tag(text, m.start())).find()
                        && !ConfigForms.postsToZoho(text, m.start(1))) {
                    found.add(new TextRange(m.start(1), m.end(1)));
                    rendered.add(member);
                }
            }
        }
        if ("html".equals(language) || "ruby".equals(language)) {
            for (TextRange field : matches(facts, RAILS_FIELD, (name, f) -> legacy.test(member(name), f))) {
                found.add(field);
            }
        }
        if ("php".equals(language)) {
            // WordPress declares the field and renders its input in a callback: one field, reported at the input
            for (TextRange field : matches(facts, PHP_FIELD, legacy)) {
                if (!(rendered.contains(facts.file().slice(field))
                        && text.startsWith("add_settings_field", text.lastIndexOf('(', field.start()) - 18))) {
                    found.add(field);
                }
            }
            for (TextRange element : matches(facts, DRUPAL_ELEMENT, legacy)) {
                if (readDefaults || !READ_DEFAULT.matcher(text.substring(element.end())).find()) {
                    found.add(element);
                }
            }
        } else if ("xml".equals(language)) {
            found.addAll(matches(facts, XML_FIELD, legacy));
        } else if ("python".equals(language)) {
            found.addAll(matches(facts, PYTHON_FIELD, legacy));
        } else if ("ruby".equals(language)) {
            Matcher m = RUBY_SCHEMA.matcher(text);
            while (m.find()) {
                Matcher symbol = SYMBOL.matcher(m.group(1));
                while (symbol.find()) {
                    if (legacy.test(symbol.group(1), facts) && !Lines.inComment(facts, m.start())) {
                        found.add(new TextRange(m.start(1) + symbol.start(1), m.start(1) + symbol.end(1)));
                    }
                }
            }
        }
        return found;
    }

    /** The member an option array's field name sets: {@code authtoken} of {@code zoho_settings[authtoken]}. */
    private static String member(String name) {
        return name.endsWith("]") && name.lastIndexOf('[') > 0
                ? name.substring(name.lastIndexOf('[') + 1, name.length() - 1) : name;
    }

    /** The tag that starts at {@code at}, up to its end; the {@code ?>} of PHP echoed inside it does not end it. */
    private static String tag(String text, int at) {
        int end = at;
        do {
            end = text.indexOf('>', end + 1);
        } while (end > 0 && text.charAt(end - 1) == '?' && end - at < 2000);
        return text.substring(at, end < 0 ? text.length() : end + 1);
    }

    private static List<TextRange> matches(CodeFacts facts, Pattern field, BiPredicate<String, CodeFacts> legacy) {
        List<TextRange> found = new ArrayList<>();
        Matcher m = field.matcher(facts.file().text());
        while (m.find()) {
            int group = m.group(1) != null ? 1 : 2;
            if (legacy.test(m.group(group), facts) && !Lines.inComment(facts, m.start())) {
                found.add(new TextRange(m.start(group), m.end(group)));
            }
        }
        return found;
    }
}
