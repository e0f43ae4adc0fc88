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
 * {@code ->set('zoho_authtoken', …)}, a Joomla or Magento form's {@code <field name="zoho_authtoken" …>}, a service hook's
 * schema {@code string :project_id, :authtoken}, a PHP settings schema's {@code 'auth_token' => array('type' => 'text'},
 * a Django field {@code zoho_auth_token = models.CharField(…)}. A field for a token Zoho no longer issues is part of the
 * migration: the page must ask for something else.
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
    /**
     * The PHP form and settings APIs that declare or save a field by its name; group 1 the call, group 2 the name.
     * A bare {@code ->set(} saves a configuration object's field only in a file that edits configuration.
     */
    private static final Pattern PHP_FIELD = Pattern.compile("(\\badd_settings_field|\\$builder\\s*->\\s*add"
            + "|->\\s*set)\\s*\\(\\s*['\"]([\\w.-]+)['\"]\\s*,");
    /** The rest of a PHP settings schema's entry: no statement's end or bracket, calls like {@code __( 'Label' )}. */
    private static final String SCHEMA_ENTRY = "(?:[^;()\\[\\]]|\\([^();]*\\)){0,300}?";
    /** A PHP settings schema's text field type. */
    private static final String SCHEMA_TEXT_TYPE =
            "['\"](?i:type)['\"]\\s*=>\\s*['\"](?i:text|textbox|textfield|password)['\"]";
    /**
     * A PHP settings schema's text field: an entry keyed by the field's name ({@code 'auth_token' => array(},
     * {@code $constants->auth_token => array(}) or an array with its {@code 'id'}, declared {@code 'type' => 'text'}
     * (Ninja Forms, WooCommerce, WHMCS); group 1, 2 or 3 the name.
     */
    private static final Pattern PHP_SCHEMA_FIELD = Pattern.compile("(?:(?:['\"]([\\w.-]+)['\"]|->\\s*(\\w+))\\s*=>\\s*"
            + "(?:array\\s*\\(|\\[)|['\"]id['\"]\\s*=>\\s*['\"]([\\w.-]+)['\"])(?=(" + SCHEMA_ENTRY + ")"
            + SCHEMA_TEXT_TYPE + ")");
    /** The same field with its {@code 'type'} before its {@code 'id'} (WooCommerce's documented order); group 2. */
    private static final Pattern PHP_SCHEMA_ID_AFTER = Pattern.compile(SCHEMA_TEXT_TYPE + "(?=(" + SCHEMA_ENTRY
            + ")['\"]id['\"]\\s*=>\\s*['\"]([\\w.-]+)['\"])");
    /** A schema's declared type, looked for before the costlier field pattern runs. */
    private static final Pattern SCHEMA_TYPE = Pattern.compile("['\"](?i:type)['\"]\\s*=>");
    private static final Pattern CONFIG_EDIT = Pattern.compile("->\\s*config\\s*\\(|getEditable\\s*\\(|\\$config\\s*->");
    /** A Drupal form element: {@code $form['group']['name'] = array('#type' => …}; group 1 the name. */
    private static final Pattern DRUPAL_ELEMENT = Pattern.compile("\\$form(?:\\s*\\[\\s*['\"][\\w-]+['\"]\\s*])*"
            + "\\s*\\[\\s*['\"]([\\w-]+)['\"]\\s*]\\s*=\\s*(?:array\\s*\\(|\\[)\\s*['\"]#type['\"]");
    /** An element whose default is the stored setting: the rule for configuration reads reports it there. */
    private static final Pattern READ_DEFAULT = Pattern.compile(
            "\\G[^;]*?['\"]#default_value['\"]\\s*=>\\s*(?:variable_get|\\$\\w+\\s*->\\s*get|\\$this->config)");
    /** A service hook's settings schema ({@code string :project_id, :authtoken}); group 1 the names. */
    private static final Pattern RUBY_SCHEMA = Pattern.compile(
            "(?m)^[ \\t]*(?:string|password)[ \\t]+((?::\\w+[ \\t]*,[ \\t]*)*:\\w+)");
    private static final Pattern SYMBOL = Pattern.compile(":(\\w+)");
    /** A Django model or form field, or a migration that adds one; group 1 or 2 the name. */
    private static final Pattern PYTHON_FIELD = Pattern.compile("(?m)^[ \\t]+(\\w+)[ \\t]*=[ \\t]*(?:models|forms)\\."
            + "\\w*Field\\(|migrations\\.AddField\\([^)]*?\\bname\\s*=\\s*['\"](\\w+)['\"]");

    /**
     * A field as written: its name (an option array's member for markup), where the name is, and whether it is
     * rendered markup (which a WordPress declaration of the same name defers to), a WordPress declaration, or a form
     * element whose default is read from the stored setting.
     */
    private record Field(String name, TextRange at, Kind kind) {}

    private enum Kind { MARKUP, DECLARATION, READ_DEFAULT, OTHER }

    private SettingsFields() {}

    /**
     * Where this file declares a settings field whose name passes {@code legacy}; a page's field that a form posts to
     * Zoho itself is the request's field, not a setting, and is left to the rule for form fields. A form element
     * whose default is read from the stored setting counts only with {@code readDefaults}: the rule for
     * configuration reads reports the authtoken's there.
     */
    public static List<TextRange> in(CodeFacts facts, BiPredicate<String, CodeFacts> legacy, boolean readDefaults) {
        List<Field> fields = facts.answer("settings fields", SettingsFields::written);
        List<TextRange> found = new ArrayList<>();
        Set<String> rendered = new java.util.HashSet<>();
        for (Field field : fields) {
            if (field.kind() == Kind.MARKUP && legacy.test(field.name(), facts)) {
                rendered.add(field.name());
            }
        }
        for (Field field : fields) {
            boolean counts = field.kind() == Kind.MARKUP ? rendered.contains(field.name())
                    // WordPress declares the field and renders its input in a callback: one field, at the input
                    : field.kind() == Kind.DECLARATION ? !rendered.contains(field.name())
                    && legacy.test(field.name(), facts)
                    : (readDefaults || field.kind() != Kind.READ_DEFAULT) && legacy.test(field.name(), facts);
            if (counts) {
                found.add(field.at());
            }
        }
        return found;
    }

    /** Every settings field the file writes, whatever its name, outside comments; read once a file. */
    private static List<Field> written(CodeFacts facts) {
        List<Field> fields = new ArrayList<>();
        String language = facts.file().languageId();
        String text = facts.file().text();
        if (Set.of("php", "html").contains(language) && facts.hasZohoContext("")) {
            Matcher m = MARKUP_FIELD.matcher(text);
            while (m.find()) {
                // a hidden field carries a value along (a page's own parameter); it asks nobody for it
                if (!HIDDEN.matcher(tag(text, m.start())).find() && !ConfigForms.postsToZoho(text, m.start(1))) {
                    fields.add(new Field(member(m.group(1)), new TextRange(m.start(1), m.end(1)), Kind.MARKUP));
                }
            }
        }
        if ("html".equals(language) || "ruby".equals(language)) {
            each(facts, RAILS_FIELD, 1, m -> fields.add(new Field(member(m.group(1)),
                    new TextRange(m.start(1), m.end(1)), Kind.OTHER)));
        }
        if ("php".equals(language)) {
            boolean configEdit = CONFIG_EDIT.matcher(text).find();
            each(facts, PHP_FIELD, 2, m -> {
                boolean declaration = m.group(1).equals("add_settings_field");
                if (declaration || configEdit || !m.group(1).endsWith("set")) {
                    fields.add(new Field(m.group(2), new TextRange(m.start(2), m.end(2)),
                            declaration ? Kind.DECLARATION : Kind.OTHER));
                }
            });
            // a database schema's column ('auth_token' => array('type' => 'text', 'null' => true)) has the same
            // shape: only a plugin that talks to Zoho declares a settings page, and not for a field another
            // vendor's label names ('label' => 'Twilio Auth Token')
            if (facts.hasZohoContext("") && SCHEMA_TYPE.matcher(text).find()) {
                each(facts, PHP_SCHEMA_FIELD, 1, m -> {
                    int group = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
                    if (!ZohoPatterns.OTHER_VENDOR.matcher(m.group(4)).find()) {
                        fields.add(new Field(m.group(group), new TextRange(m.start(group), m.end(group)), Kind.OTHER));
                    }
                });
                each(facts, PHP_SCHEMA_ID_AFTER, 2, m -> {
                    if (!ZohoPatterns.OTHER_VENDOR.matcher(m.group(1)).find()) {
                        fields.add(new Field(m.group(2), new TextRange(m.start(2), m.end(2)), Kind.OTHER));
                    }
                });
            }
            Matcher defaults = READ_DEFAULT.matcher(text);
            each(facts, DRUPAL_ELEMENT, 1, m -> fields.add(new Field(m.group(1), new TextRange(m.start(1), m.end(1)),
                    defaults.region(m.end(), text.length()).lookingAt() ? Kind.READ_DEFAULT : Kind.OTHER)));
        } else if ("xml".equals(language)) {
            each(facts, XML_FIELD, 1, m -> fields.add(new Field(m.group(1), new TextRange(m.start(1), m.end(1)),
                    Kind.OTHER)));
        } else if ("python".equals(language)) {
            each(facts, PYTHON_FIELD, 1, m -> {
                int group = m.group(1) != null ? 1 : 2;
                fields.add(new Field(m.group(group), new TextRange(m.start(group), m.end(group)), Kind.OTHER));
            });
        } else if ("ruby".equals(language)) {
            each(facts, RUBY_SCHEMA, 1, m -> {
                Matcher symbol = SYMBOL.matcher(m.group(1));
                while (symbol.find()) {
                    fields.add(new Field(symbol.group(1), new TextRange(m.start(1) + symbol.start(1),
                            m.start(1) + symbol.end(1)), Kind.OTHER));
                }
            });
        }
        return fields;
    }

    /** Each match of {@code pattern} in the file whose {@code group} (or, unmatched, itself) is not in a comment. */
    private static void each(CodeFacts facts, Pattern pattern, int group,
                             java.util.function.Consumer<Matcher> found) {
        Matcher m = pattern.matcher(facts.file().text());
        while (m.find()) {
            int at = m.group(group) != null ? m.start(group) : m.start();
            if (!Lines.inComment(facts, at)) {
                found.accept(m);
            }
        }
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
}
