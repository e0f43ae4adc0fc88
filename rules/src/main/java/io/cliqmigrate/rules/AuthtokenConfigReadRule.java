package io.cliqmigrate.rules;

import io.cliqmigrate.core.code.Binding;
import io.cliqmigrate.core.code.CallFact;
import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.FoldedString;
import io.cliqmigrate.core.code.ZohoHints;
import io.cliqmigrate.core.model.Fix;
import io.cliqmigrate.core.model.Severity;
import io.cliqmigrate.core.rule.Rule;
import io.cliqmigrate.core.rule.RuleContext;
import io.cliqmigrate.core.rule.RuleMeta;
import io.cliqmigrate.core.rule.Tags;
import io.cliqmigrate.rules.support.AppStores;
import io.cliqmigrate.rules.support.Guards;
import io.cliqmigrate.rules.support.Lines;
import io.cliqmigrate.rules.support.SettingRewrites;
import io.cliqmigrate.rules.support.TokenParameters;
import io.cliqmigrate.rules.support.WebhookRewrites.SettingRead;
import io.cliqmigrate.rules.support.WebhookSecrets;
import io.cliqmigrate.rules.support.ZohoPatterns;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

@RuleMeta(id = "authtoken-config-read", summary = "Code that reads a Zoho authtoken from configuration or the environment",
        severity = Severity.ERROR, languages = {"java", "python", "javascript", "typescript", "coffeescript", "php",
        "ruby", "elixir", "go", "csharp", "kotlin", "groovy", "scala", "swift", "rust", "powershell", "r", "perl",
        "objectivec", "c", "dart", "apex", "lua", "vb", "clojure", "erlang", "haskell", "julia", "fsharp", "bsl"},
        tags = {Tags.LEGACY_AUTH, Tags.CONFIG},
        manualMinutes = 20, reviewMinutes = 10, safeMinutes = 0,
        effortAssumption = "Per read: replacing the code that reads the authtoken setting with a call to the "
                + "shared token provider (or a read of the webhook token setting), and one test run of "
                + "the code path; the settings themselves are counted under config-authtoken-setting, and "
                + "registering the OAuth client once in the setup checklist, not here.")
public final class AuthtokenConfigReadRule implements Rule {
    /** Property and environment readers of common Java frameworks. */
    private static final Pattern READERS = Pattern.compile(
            "Value|ConfigProperty|getProperty|getRequiredProperty|getenv|getString|getValue|getOptionalValue|getConfig"
                    + "|resolvePlaceholders|getSetting|get|getOrDefault");
    /** Generic map readers count only for keys written like settings: {@code ZOHO_AUTHTOKEN}, {@code zoho.authtoken}. */
    private static final Pattern GENERIC_READERS = Pattern.compile("get|getOrDefault");
    /** {@code R.string.zoho_token}: the name of a string resource an Android app reads; group 1. */
    private static final Pattern ANDROID_STRING = Pattern.compile("(?:[\\w.]+\\.)?R\\s*\\.\\s*string\\s*\\.\\s*(\\w+)");
    /** Words of a resource that is a screen's text about the token ({@code enter_zoho_authtoken}), not the token. */
    private static final java.util.Set<String> SCREEN_TEXT = java.util.Set.of("enter", "error", "invalid", "hint",
            "title", "prompt", "message", "msg", "missing", "empty", "input", "your", "please", "paste", "expired");
    /** {@code ZOHO_AUTHTOKEN}, {@code zoho.authtoken}, .NET's {@code Zoho:Cliq:AuthToken} and {@code Zoho__Cliq__AuthToken}. */
    private static final Pattern SETTING_KEY = Pattern.compile("[A-Z0-9_]+|[\\w-]+(?:[.:][\\w-]+)+|\\w+__\\w+");
    private static final Pattern SNAKE_KEY = Pattern.compile("[a-z0-9]+(?:_[a-z0-9]+)+");
    /** Capitalised words joined by underscores, as no request parameter is written. */
    private static final Pattern TITLE_SNAKE_KEY = Pattern.compile("[A-Z][A-Za-z0-9]*(?:_[A-Z0-9][A-Za-z0-9]*)+");
    private static final Pattern SNAKE_AUTHTOKEN = Pattern.compile("(?:^|_)authtoken(?:_|$)");
    /**
     * The outer keys of a nested read, between the reader and the key: {@code config["zoho"][}, configparser's
     * {@code config.get("zoho", }, .NET's {@code GetSection("Zoho:Cliq")[}.
     */
    private static final String OUTER_KEYS = "(?:\\s*['\"][\\w.:-]+['\"]\\s*(?:]\\s*\\[|\\)\\s*\\[|,))*";
    private static final Pattern OUTER_KEY = Pattern.compile("['\"]([\\w.:-]+)['\"]");
    private static final Pattern PLACEHOLDER_KEY = Pattern.compile("\\$\\{([^}:]+)|\\[['\"]([^'\"]+)['\"]\\]");
    /**
     * An authtoken key, but not the OAuth token of the migrated code ({@code ZOHO_OAUTHTOKEN}, {@code OAuthToken}:
     * OAuth's {@code o} is a capital or starts a word); the last letter of a word before is not OAuth's
     * ({@code zohoAuthToken}).
     */
    private static final Pattern AUTHTOKEN_IN_KEY = Pattern.compile(
            "(?<!O)(?<!(?:^|[^A-Za-z])o)(?i:auth[-_.]?token)");

    @Override
    public void check(CodeFacts facts, RuleContext ctx) {
        // a file that never says authtoken may still read the Zoho token's setting (ZOHO_TOKEN, zoho_api_token)
        if (!Guards.mentionsAuthtoken(facts) && !Guards.mentionsAny(facts, "token")) {
            return;
        }
        List<SettingRead> reads = reads(facts);
        java.util.Set<SettingRead> tested = new java.util.HashSet<>();
        java.util.Set<String> keysTaken = new java.util.HashSet<>();
        for (SettingRead read : reads) {
            if (onlyTested(facts, read)) {
                tested.add(read);
            } else {
                keysTaken.add(read.key());
            }
        }
        boolean oauthFile = oauthOnlyFile(facts);
        for (SettingRead read : reads) {
            // if (process.env.ZOHO_BOOKS_AUTH_TOKEN) { … } before the read that takes it: one setting, one finding
            if ((!tested.contains(read) || !keysTaken.contains(read.key()))
                    && !(oauthFile && documentedAsOAuth(facts, read))) {
                report(ctx, facts, read);
            }
        }
        if (facts.file().languageId().equals("java")) {
            reportBoundProperties(facts, ctx);
        }
    }

    /** Every place the file reads a Zoho authtoken setting, with the setting's key. */
    public static List<SettingRead> reads(CodeFacts facts) {
        // asked by this rule and by the query, form and header rules: read once per file
        return facts.answer("authtokenConfigRead.reads", f -> List.copyOf(findReads(f)));
    }

    private static List<SettingRead> findReads(CodeFacts facts) {
        List<SettingRead> reads = new java.util.ArrayList<>();
        if (!facts.file().languageId().equals("java")) {
            lexicalReads(facts, reads);
            // $request->session()->forget('authtoken'): the app's own copy of the token, not a setting
            // auth_token != current_app.config['ZOHO_SALESIQ_AUTH_TOKEN']: a webhook's secret checked, not sent
            String text = facts.file().text();
            reads.removeIf(read -> AppStores.keyAt(text, read.range().start())
                    || WebhookSecrets.checked(facts, read.range().start()));
            return reads;
        }
        for (CallFact call : facts.calls()) {
            if (!READERS.matcher(call.simpleName()).matches() && !call.simpleName().equals("getMessage")
                    || call.args().isEmpty()) {
                continue;
            }
            java.util.regex.Matcher resource = call.simpleName().equals("getString")
                    ? ANDROID_STRING.matcher(facts.file().slice(call.arg(0).range())) : null;
            if (resource != null && resource.matches()) {
                // most of an app's strings are its screens' text (enter_authtoken, error_invalid_authtoken): only a
                // resource that is the token itself counts
                String key = resource.group(1);
                if (ConfigAuthtokenSettingRule.holdsToken(key)
                        && ZohoPatterns.words(key).stream().noneMatch(SCREEN_TEXT::contains)
                        && namesTheToken(facts, key, call.scope())) {
                    reads.add(new SettingRead(call.arg(0).range(), key));
                }
                continue;
            }
            String text = facts.fold(call.arg(0)).text();
            boolean intoAuthtoken = !AUTHTOKEN_IN_KEY.matcher(text).find() && (readIntoAuthtoken(facts, call, text)
                    || readIntoSentName(facts, call, text));
            // getProperty("CRM_TOKEN") in Zoho code that knows nothing of OAuth: the product's token is the authtoken
            boolean productToken = !GENERIC_READERS.matcher(call.simpleName()).matches()
                    && PRODUCT_TOKEN_KEY.matcher(text.trim()).matches() && bareZohoToken(facts, "zoho_" + text.trim());
            if (!intoAuthtoken && !productToken && (!AUTHTOKEN_IN_KEY.matcher(text).find()
                    || ZohoPatterns.OTHER_VENDOR.matcher(text).find()
                    || GENERIC_READERS.matcher(call.simpleName()).matches()
                    && !SETTING_KEY.matcher(text.trim()).matches())) {
                continue;
            }
            if (ZohoHints.isHint(text) || facts.hasZohoContext(call.scope())) {
                reads.add(new SettingRead(call.arg(0).range(), settingKey(text)));
            }
        }
        return reads;
    }

    /**
     * A setting whose key does not say what it holds, read as the whole value of a variable named for the
     * authtoken: {@code String authtoken = messageSource.getMessage("zoho.subscriptionId", null, locale)} (Spring's
     * message bundles are properties files too). The variable's name tells what the setting holds.
     */
    private static boolean readIntoAuthtoken(CodeFacts facts, CallFact call, String key) {
        if (!key.trim().matches("[\\w.:-]+") || ZohoPatterns.OTHER_VENDOR.matcher(key).find()) {
            return false;
        }
        return facts.answer("authtokenConfigRead.authtokenValues", AuthtokenConfigReadRule::authtokenValues)
                .contains(call.range());
    }

    /**
     * A setting read into a variable that the file sends as the authtoken, whatever the key says:
     * {@code String aToken = System.getProperty("cliqSession")} with {@code "…/message?authtoken=" + aToken}.
     */
    private static boolean readIntoSentName(CodeFacts facts, CallFact call, String key) {
        if (!key.trim().matches("[\\w.:-]+") || ZohoPatterns.OTHER_VENDOR.matcher(key).find()
                || OTHER_SERVICE.matcher(key).find()) {
            return false;
        }
        return assignedTo(facts.file().text(), call.range().start())
                .filter(name -> TokenParameters.isSent(facts, name)
                        && !TokenParameters.otherTokenNames(facts).contains(name))
                .isPresent();
    }

    /** Where a variable named for the authtoken gets its whole value: the range of that value, read once per file. */
    private static java.util.Set<io.cliqmigrate.core.model.TextRange> authtokenValues(CodeFacts facts) {
        java.util.Set<io.cliqmigrate.core.model.TextRange> values = new java.util.HashSet<>();
        for (Binding binding : facts.bindings()) {
            if (binding.kind() != Binding.Kind.CONFIG_KEY && binding.value() != null
                    && binding.value().parts().size() == 1
                    && binding.value().parts().get(0) instanceof io.cliqmigrate.core.code.Part.Hole hole
                    && io.cliqmigrate.rules.support.TokenSources.saysAuthtoken(binding.name())) {
                values.add(hole.range());
            }
        }
        return values;
    }

    /** The legacy token sent anywhere in the file: {@code ?authtoken=}, {@code Zoho-authtoken}, an authtoken key. */
    private static final Pattern SENDS_LEGACY = Pattern.compile(
            "(?i)[?&]auth_?token=|zoho-authtoken|['\"]auth_?token['\"]|(?<![\\w.$])auth_?token\\s*[:=](?![=>])");
    /** A to-do note ({@code move ZOHO_AUTHTOKEN to OAuth}, {@code migrate to OAuth}): it says what the code is not yet. */
    private static final Pattern PLANNED = Pattern.compile("(?i)\\b(?:todo|fixme|migrat\\w*|move|switch|replace)\\b");

    /** Whether the file speaks of OAuth and never sends the legacy token (the file half of {@link #documentedAsOAuth}). */
    private static boolean oauthOnlyFile(CodeFacts facts) {
        String text = facts.file().text();
        return ZohoPatterns.OAUTH_WORD.matcher(text).find() && !SENDS_LEGACY.matcher(text).find()
                && TokenParameters.sentNames(facts).isEmpty();
    }

    /**
     * Whether the file's own comments say the setting holds an OAuth token, in a file that never sends the legacy one:
     * {@code - ZOHO_AUTH_TOKEN: Token de autenticación OAuth de Zoho} in a header listing the environment, or
     * {@code // Implementation depends on your OAuth setup} just above {@code return process.env.ZOHO_AUTH_TOKEN}.
     */
    private static boolean documentedAsOAuth(CodeFacts facts, SettingRead read) {
        String text = facts.file().text();
        int lineStart = Lines.startOf(text, read.range().start());
        int above = lineStart;
        for (int n = 0; n < 3 && above > 0; n++) {
            above = Lines.startAbove(text, above);
        }
        for (io.cliqmigrate.core.code.Comment comment : facts.comments()) {
            if (!ZohoPatterns.OAUTH_WORD.matcher(comment.text()).find() || PLANNED.matcher(comment.text()).find()) {
                continue;
            }
            boolean near = comment.range().end() >= above && comment.range().start() <= read.range().end();
            if (near || comment.text().contains(read.key())) {
                return true;
            }
        }
        return false;
    }

    /** A condition's statement ({@code if (…)}, {@code elseif}, {@code unless}) or a Drupal form's collapsed flag. */
    private static final Pattern CONDITION_LINE = Pattern.compile(
            "^\\s*(?:}\\s*)?(?:(?i:else\\s*if|elseif|elsif|if|unless)(?![\\w])|'#collapsed'\\s*=>)");
    /** Visual Basic's and 1C's condition, where '=' compares: {@code If Constants.zoho_auth_token.Get() = "" Then}. */
    private static final Pattern THEN_CONDITION = Pattern.compile(
            "^\\s*(?:If|ElseIf|Если|ИначеЕсли)\\b.*\\b(?:Then|Тогда)\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    /** The longest line read for a condition: a minified bundle's one line is not a condition's statement. */
    private static final int CONDITION_LINE_LIMIT = 400;

    /**
     * Whether a read only tests that the setting is there: it stands on the line of a condition, which assigns
     * nothing and sends nothing ({@code if (process.env.ZOHO_BOOKS_AUTH_TOKEN) {}, {@code if( !get_option(…) )}).
     */
    private static boolean onlyTested(CodeFacts facts, SettingRead read) {
        String text = facts.file().text();
        int start = Lines.startOf(text, read.range().start());
        int end = text.indexOf('\n', read.range().end());
        end = end < 0 ? text.length() : end;
        if (end - start > CONDITION_LINE_LIMIT) {
            return false;
        }
        String line = text.substring(start, end);
        if (line.toLowerCase(java.util.Locale.ROOT).contains("authorization")
                || ZohoPatterns.AUTHTOKEN_PARAM.matcher(line).find()) {
            return false;
        }
        return THEN_CONDITION.matcher(line).find() || CONDITION_LINE.matcher(line).find()
                && !line.replaceAll("[=!<>]==?|=>|<>", "").contains("=");
    }

    /** A Cliq setting is renamed to the webhook token here, in the configuration and in every reader, as one fix. */
    private static void report(RuleContext ctx, CodeFacts facts, SettingRead read) {
        String key = read.key();
        List<Fix> fixes = new java.util.ArrayList<>();
        if (SettingRewrites.isWebhookSetting(key)) {
            SettingRewrites.rename(ctx, read.range(), key).ifPresent(edit -> fixes.add(SettingRewrites.webhookFix(
                    "Read the Cliq webhook token ('" + SettingRewrites.webhookName(key) + "') instead",
                    List.of(edit))));
        }
        fixes.addAll(io.cliqmigrate.rules.support.java.JavaOAuth.reader(ctx, facts, read.range()));
        fixes.add(FIX);
        ctx.report(read.range(), "Reads a legacy Zoho authtoken from configuration ('" + key + "'): whatever uses it "
                + "fails since Zoho stopped accepting authtokens in 2021. Read OAuth settings instead (client id, "
                + "client secret and refresh token, or a Cliq webhook token) and remove the old key",
                List.of(), fixes, java.util.Map.of(ConfigAuthtokenSettingRule.PROPERTY, key));
    }

    private static final Fix FIX = Fix.manual("oauth", "Replace the authtoken setting with OAuth settings",
            "Add ZOHO_CLIENT_ID, ZOHO_CLIENT_SECRET, ZOHO_REFRESH_TOKEN and ZOHO_ACCOUNTS_URL "
                    + "(per data centre) to the configuration, kept in a secret store",
            "Read them here and obtain access tokens through a caching token provider",
            "Delete the authtoken key from every configuration file and environment");

    /**
     * The environment and configuration readers of the other languages, right before the key they read:
     * {@code os.environ["ZOHO_AUTHTOKEN"]}, {@code os.getenv(…)}, {@code ENV.fetch(…)}, {@code getenv(…)},
     * {@code os.Getenv(…)}, {@code Environment.GetEnvironmentVariable(…)}, {@code env::var(…)},
     * {@code System.getenv(…)}, {@code config.get(…)}, {@code settings[…]}, Go's {@code viper.GetString(…)}, Perl's
     * {@code $ENV{…}}.
     */
    /** The readers of the process environment, as regex alternatives. */
    private static final String ENVIRONMENT_READERS = "environ(?:\\.get)?|envvar\\.string|getenv|Getenv|get_env|GetEnvironmentVariable"
            + "|env::var|ENV(?:\\.fetch)?|\\$_ENV";
    private static final Pattern LEXICAL_READER = Pattern.compile("(?:(?:" + ENVIRONMENT_READERS + "|"
            + "\\$_SERVER|\\benv|sys\\.env|environment|config|_cfg"
            + "|[Cc]onfiguration|AppSettings|GetSection|settings|SETTINGS|getString|GetString|getProperty|GetValue<\\w+>|get|fetch)"
            + "\\s*[\\[(]"
            // Perl's environment hash: $ENV{'ZOHO_AUTHTOKEN'}
            + "|\\$ENV\\s*\\{)" + OUTER_KEYS + "\\s*$");
    /**
     * Readers of a CMS's or framework's own settings, whose keys are written any way ({@code zoho_crm_authtoken}):
     * WordPress {@code get_option} (and the declarations {@code add_option}, {@code register_setting}, and the saves
     * {@code update_option}), Drupal 7 {@code variable_get} (and {@code variable_set}), Magento
     * {@code getStoreConfig}, PrestaShop {@code Configuration::get}, CakePHP {@code Configure::read}, CodeIgniter
     * {@code config->item} (not the generic {@code get_param} or {@code get_setting}, which read a request's
     * parameters too).
     */
    private static final Pattern NAMED_READER = Pattern.compile("(?:get_(?:site_)?option|get_theme_mod|variable_get"
            + "|theme_get_setting|getStoreConfig|Configuration::get|Configure::read|config->item"
            + "|(?:add|update)_(?:site_)?option|variable_set)"
            + "\\s*\\(\\s*$"
            // WordPress declares a plugin's option with its group first: register_setting('group', 'option')
            + "|register_setting\\s*\\(\\s*['\"][^'\"]*['\"]\\s*,\\s*$");
    /**
     * A settings form element whose default is the stored setting ({@code $form['zohocrm_authtoken'] = array(…
     * '#default_value' => variable_get('zohocrm_authtoken', '')}): the element's key is where the setting is
     * declared, and the read is reported there.
     */
    private static final Pattern FORM_ELEMENT = Pattern.compile("\\$form(?:\\s*\\[\\s*['\"][\\w-]+['\"]\\s*])*\\s*\\[\\s*['\"]"
            + "([\\w-]+)['\"]\\s*]\\s*=\\s*(?:array\\s*\\(|\\[)[^;]*?['\"]#default_value['\"]\\s*=>\\s*"
            // Drupal 8's configuration object: $config->get('…'), $this->config('zoho.settings')->get('…')
            + "(?:(?:\\$\\w+|\\$this->config\\(\\s*['\"][\\w.-]+['\"]\\s*\\))\\s*->\\s*)?$");
    /**
     * An assignment to a variable, up to the reader's receiver: group 1 the variable, {@code authtoken} of
     * {@code protected string authtoken = System.Configuration.ConfigurationSettings.} before {@code AppSettings[}.
     */
    private static final Pattern ASSIGNED_VARIABLE = Pattern.compile(
            "(?<![\\w-])[$@]?(?:this\\.|self\\.)?([A-Za-z_]\\w*)\\s*:?=\\s*(?:[\\w$]+\\s*(?:\\.|::|->)\\s*)*$");
    /**
     * Another vendor's token, a mail relay's or SMS gateway's ({@code smtp_auth_token}), or the shared secret a site
     * checks on the webhooks Zoho calls it with ({@code zohocrm_webhooks_authtoken}), which Zoho never receives.
     */
    private static final Pattern OTHER_SERVICE = ZohoPatterns.otherVendor("smtp", "sms", "webhooks?");
    /**
     * A setting named the Zoho token, perhaps with the product or API between ({@code zoho_token}, {@code CLIQ_TOKEN},
     * {@code ZOHO_APITOKEN}, {@code ZOHO_SUBSCRIPTION_TOKEN}): the authtoken's, where nothing says OAuth.
     */
    private static final Pattern ZOHO_TOKEN_KEY = Pattern.compile(
            "(?i)(?:[a-z]+_)?(?:zoho|cliq)(?:_?[a-z]+){0,2}?_?token");
    /** A setting named for a Zoho product's token ({@code CRM_TOKEN}, {@code books.authtoken}, {@code DESK_TOKEN}). */
    private static final Pattern PRODUCT_TOKEN_KEY = Pattern.compile("(?i)(?:crm|books|desk|creator|projects|invoice"
            + "|people|recruit|reports|subscriptions|inventory|campaigns)[_.-]?(?:auth[_.-]?)?token");
    /** Words that make a Zoho token another one: OAuth's, a webhook's, a form's. */
    private static final java.util.Set<String> OTHER_TOKENS = java.util.Set.of("oauth", "refresh", "access", "client",
            "bearer", "grant", "webhook", "webhooks", "verify", "verification", "csrf", "session", "id", "auth");

    /**
     * The Zoho token ({@code ENV['ZOHO_TOKEN']}, {@code env('ZOHO_SUBSCRIPTION_TOKEN')}) is the authtoken only where
     * the file knows nothing of OAuth (no {@code oauth}, {@code refresh_token} or {@code client_secret} in it).
     */
    private static boolean bareZohoToken(CodeFacts facts, String key) {
        // the words may run together with token (ZOHO_ACCESSTOKEN): each word is taken with a token ending cut off
        return ZOHO_TOKEN_KEY.matcher(key).matches() && ZohoPatterns.words(key).stream()
                .map(w -> w.endsWith("token") && w.length() > 5 ? w.substring(0, w.length() - 5) : w)
                .noneMatch(OTHER_TOKENS::contains)
                && !Guards.mentionsAny(facts, "oauth", "refresh_token", "refreshtoken", "client_secret", "clientsecret");
    }
    /**
     * A setting imported by name from a settings module: {@code from will.settings import WILL_ZOHO_CRM_TOKEN},
     * {@code from django.conf.settings import ZOHO_AUTHTOKEN} (one name a statement).
     */
    private static final Pattern SETTINGS_IMPORT = Pattern.compile("(?m)^[ \\t]*from[ \\t]+[\\w.]*\\b(?:settings|config)"
            + "[ \\t]+import[ \\t]+\\(?[\\w \\t,]*?\\b([A-Z][A-Z0-9_]*TOKEN[A-Z0-9_]*)\\b");
    /** Any map read by a literal key, up to the key: {@code item[} of {@code item["zohoToken"]}. */
    private static final Pattern INDEX_READ = Pattern.compile("([A-Za-z_$][\\w$]*)\\s*\\[\\s*$");
    /** A request's own input ({@code $_REQUEST['authtoken']}, {@code params[…]}): what a caller sent, not a setting. */
    private static final Pattern REQUEST_INPUT = Pattern.compile("(?i)\\$?_?(?:request|post|get|params|param|query"
            + "|args|form|body|data|headers|session|cookies?|req|res|response)");
    /** Perl's {@code $ENV{ZOHO_AUTHTOKEN}}: the key written as a bare word. */
    private static final Pattern PERL_ENV = Pattern.compile("\\$ENV\\s*\\{\\s*([A-Za-z_]\\w*)\\s*}");
    /** {@code apiKey = process.env.ZOHO_API_KEY}: group 1 the variable, group 2 the key. */
    private static final Pattern ASSIGNED_ENV = Pattern.compile(
            "(?<![\\w$.])([A-Za-z_$][\\w$]*)\\s*=\\s*process\\.env\\.([A-Za-z0-9_]+)");
    /** Any {@code process.env.NAME}; group 1 the name. */
    private static final Pattern ANY_PROCESS_ENV = Pattern.compile("process\\.env\\.([A-Za-z0-9_]+)");
    /** {@code process.env.ZOHO_AUTHTOKEN}: a read with no literal. */
    private static final Pattern PROCESS_ENV = Pattern.compile("process\\.env\\.([A-Za-z0-9_]*(?<![Oo])[Aa][Uu][Tt][Hh]_?"
            + "[Tt][Oo][Kk][Ee][Nn][A-Za-z0-9_]*)");

    /**
     * Ruby's settings hashes read with a symbol: {@code settings[:zoho_authtoken]}, {@code Setting.plugin_x[:…]},
     * a Rails application's own {@code config.zoho_settings[:authtoken]}.
     */
    private static final Pattern SYMBOL_READ = Pattern.compile(
            "(?<![\\w$])(?:\\w+_)?(?:settings|config|configuration|SETTINGS|CONFIG|plugin_\\w+)\\s*\\[\\s*:(\\w+)\\s*]");
    /**
     * A configuration module the file loads by name: {@code const config = require('../config/config')},
     * {@code import settings from './settings'}; group 1 or 2 the name it is bound to. A client's own {@code config},
     * what its caller gave it, is not one (see {@link #SETTINGS_OBJECT}).
     */
    private static final Pattern CONFIG_MODULE = Pattern.compile("(?:\\b(?:const|let|var)\\s+(\\w+)\\s*=\\s*require\\s*\\("
            + "|\\bimport\\s+(?:\\*\\s+as\\s+)?(\\w+)\\s+from)\\s*['\"][^'\"]*(?:config|settings)[^'\"]*['\"]");
    private static final java.util.Set<String> MEMBER_READ_LANGUAGES = java.util.Set.of("javascript", "typescript",
            "coffeescript");
    /** A WordPress option, an array of the plugin's settings: {@code $options = get_option('my_plugin');}. */
    private static final Pattern OPTION_VARIABLE = Pattern.compile(
            "\\$(\\w+)\\s*=\\s*get_(?:site_)?option\\s*\\(");


    /**
     * A plugin's options loaded once into a global ({@code global $nfzohocrm_site_options;}) and read by key in each
     * function that declares it.
     */
    private static final Pattern GLOBAL_OPTIONS = Pattern.compile(
            "\\bglobal\\s+(?:\\$\\w+\\s*,\\s*)*\\$(\\w*(?:options|settings))\\b");

    /**
     * The WordPress option readers of a PHP file: {@code get_option('my_plugin')[} and the variables it was stored
     * in ({@code $options[}); none where the file reads no option.
     */
    private static Pattern optionReader(String text) {
        StringBuilder names = new StringBuilder();
        java.util.regex.Matcher variable = OPTION_VARIABLE.matcher(text);
        while (variable.find()) {
            names.append("|\\$").append(variable.group(1));
        }
        boolean global = false;
        if (text.contains("global")) {
            java.util.regex.Matcher declared = GLOBAL_OPTIONS.matcher(text);
            while (declared.find()) {
                names.append("|\\$").append(declared.group(1));
                global = true;
            }
        }
        return global || text.contains("get_option") || text.contains("get_site_option") ? Pattern.compile(
                "(?:get_(?:site_)?option\\s*\\(\\s*['\"][\\w-]+['\"]\\s*\\)" + names + ")\\s*\\[\\s*$") : null;
    }

    private static void lexicalReads(CodeFacts facts, List<SettingRead> reads) {
        String text = facts.file().text();
        Pattern options = optionReader(text);
        // variables sent as the authtoken: a setting read into one is the authtoken's, whatever its key
        // a read counts by the name it goes into only where the file says Zoho somewhere: ChemInventory's and
        // Quandl's clients send their keys as authtoken too
        java.util.Set<String> sent = ZohoHints.isHint(text) || facts.hasZohoContext("")
                ? TokenParameters.sentNames(facts) : java.util.Set.of();
        boolean schemeFile = Guards.mentionsAny(facts, "zoho-authtoken");
        // the keys that such a read showed to hold the authtoken: their other reads and declarations are its too
        java.util.Set<String> tokenKeys = new java.util.HashSet<>();
        for (var expr : facts.strings()) {
            for (var part : expr.parts()) {
                if (!(part instanceof io.cliqmigrate.core.code.Part.Literal literal)) {
                    continue;
                }
                String key = literal.value();
                int at = literal.range().start();
                String before = key.length() > 80 ? null : text.substring(Math.max(0, at - 120), at);
                java.util.regex.Matcher reader = before == null ? null : LEXICAL_READER.matcher(before);
                if (reader != null && !sent.isEmpty() && !AUTHTOKEN_IN_KEY.matcher(key).find()
                        && key.matches("[\\w.:-]+(?: [\\w.:-]+)*") && !OTHER_SERVICE.matcher(key).find() && reader.find()
                        && !reader.group().matches("(?s)(?:get|fetch)\\b.*") && lastKey(text, literal.range().end())
                        && sentAsAuthtoken(sent, before.substring(0, reader.start()))) {
                    // authtoken = AppSettings["SubscriptionToken"], later sent as "Zoho-authtoken " + authtoken
                    reads.add(new SettingRead(literal.range(), path(reader.group(), key)));
                    continue;
                }
                if (before != null && readIntoAuthtokenVariable(facts, expr, key, before, sent)) {
                    // $auth_token = $this->config->item('zoho_auth', 'crm'), $code = get_option('books_no') sent
                    // as "Zoho-authtoken " . $code: the variable says what the setting holds
                    reads.add(new SettingRead(literal.range(), key));
                    tokenKeys.add(key);
                    continue;
                }
                java.util.regex.Matcher indexed = before == null || !schemeFile ? null : INDEX_READ.matcher(before);
                if (indexed != null && indexed.find() && !REQUEST_INPUT.matcher(indexed.group(1)).matches()
                        && !ZohoPatterns.PRESENCE_CHECK.matcher(before.substring(0, indexed.start())).find()
                        && (AUTHTOKEN_IN_KEY.matcher(key).find() || bareZohoToken(facts, key))
                        && !OTHER_SERVICE.matcher(key).find() && !ZohoPatterns.OTHER_VENDOR.matcher(key).find()) {
                    // zohoToken := item["zohoToken"] in code that sends the Zoho-authtoken scheme: its token's setting
                    reads.add(new SettingRead(literal.range(), key));
                    continue;
                }
                if (reader == null || !AUTHTOKEN_IN_KEY.matcher(key).find() && !bareZohoToken(facts, key)
                        || OTHER_SERVICE.matcher(key).find()) {
                    continue;
                }
                reader.reset();
                // reports_authtoken, zoho_crm_authtoken: a snake-case key says authtoken in one word, as only the
                // authtoken's setting does (auth_token may be a request's parameter)
                // the environment holds no request's parameters: os.environ.get('zoho_auth_token') is a setting
                boolean settingKey = SETTING_KEY.matcher(key).matches() || key.matches("[A-Za-z]+(?:_?[Tt]oken)")
                        // Rocket.Chat's setting ids: Livechat_Ticket_ZohoDesk_Auth_Token
                        || TITLE_SNAKE_KEY.matcher(key).matches() && ZohoHints.isHint(key)
                        || SNAKE_KEY.matcher(key).matches() && (SNAKE_AUTHTOKEN.matcher(key).find()
                        || ZohoHints.isHint(key) && ENVIRONMENT_READER.matcher(before).find());
                java.util.regex.Matcher named = NAMED_READER.matcher(before);
                if (named.find() && key.matches("[\\w.:/-]+")) {
                    reader = named;
                } else if (!settingKey || !reader.find()) {
                    // a WordPress option's fields are named in snake case ($options['zoho_auth_token'])
                    reader = options == null || !settingKey && !SNAKE_KEY.matcher(key).matches() ? null
                            : options.matcher(before);
                    // isset($options['zoho_authtoken']) only asks whether it is there; the read follows
                    if (reader == null || !reader.find() || ZohoPatterns.PRESENCE_CHECK.matcher(before.substring(0,
                            reader.start())).find()) {
                        continue;
                    }
                }
                String path = path(reader.group(), key);
                if (ZohoPatterns.OTHER_VENDOR.matcher(path).find()) {
                    continue;
                }
                // ZOHO_AUTH_TOKEN = os.getenv('ZOHO_AUTH_TOKEN') sent as "Zoho-oauthtoken " + ZOHO_AUTH_TOKEN
                if (readIntoOtherToken(facts, text, Math.max(0, at - 120) + reader.start())) {
                    continue;
                }
                if ((ZohoHints.isHint(path) || facts.hasZohoContext(expr.scope())) && !describesToken(key)
                        && !AFTER_OTHER_SCHEME.matcher(before.substring(0, reader.start())).find()) {
                    reads.add(new SettingRead(formElement(text, reader.start() + Math.max(0, at - 120), key)
                            .orElse(literal.range()), path));
                }
            }
        }
        sameKeyReads(facts, tokenKeys, reads);
        constantKeyReads(facts, reads);
        if ("ruby".equals(facts.file().languageId())) {
            bareKeyReads(facts, SYMBOL_READ.matcher(text), reads);
        }
        bareKeyReads(facts, PERL_ENV.matcher(text), reads);
        if ("python".equals(facts.file().languageId()) && text.contains("import")) {
            bareKeyReads(facts, SETTINGS_IMPORT.matcher(text), reads);
        }
        java.util.regex.Matcher env = PROCESS_ENV.matcher(text);
        while (env.find()) {
            String key = env.group(1);
            if (!ZohoPatterns.OTHER_VENDOR.matcher(key).find() && !OTHER_SERVICE.matcher(key).find()
                    && !describesToken(key) && !readIntoOtherToken(facts, text, env.start())
                    && (ZohoHints.isHint(key) || facts.hasZohoContext(""))) {
                reads.add(new SettingRead(new io.cliqmigrate.core.model.TextRange(env.start(1), env.end(1)), key));
            }
        }
        // process.env.ZOHO_APITOKEN: the Zoho token, where nothing in the file says OAuth
        java.util.regex.Matcher zohoToken = text.contains("process.env.") ? ANY_PROCESS_ENV.matcher(text) : null;
        while (zohoToken != null && zohoToken.find()) {
            String key = zohoToken.group(1);
            if (!AUTHTOKEN_IN_KEY.matcher(key).find() && bareZohoToken(facts, key) && !describesToken(key)
                    && !Lines.inComment(facts, zohoToken.start())
                    && !readIntoOtherToken(facts, text, zohoToken.start())) {
                reads.add(new SettingRead(new io.cliqmigrate.core.model.TextRange(zohoToken.start(1),
                        zohoToken.end(1)), key));
            }
        }
        // var apiKey = process.env.ZOHO_API_KEY, later new zoho.CRM({authtoken: apiKey}): whatever the key says
        java.util.regex.Matcher assigned = sent.isEmpty() ? null : ASSIGNED_ENV.matcher(text);
        while (assigned != null && assigned.find()) {
            String key = assigned.group(2);
            if (sent.contains(assigned.group(1)) && !AUTHTOKEN_IN_KEY.matcher(key).find()
                    && !ZohoPatterns.OTHER_VENDOR.matcher(key).find() && !OTHER_SERVICE.matcher(key).find()
                    && !Lines.inComment(facts, assigned.start())) {
                reads.add(new SettingRead(new io.cliqmigrate.core.model.TextRange(assigned.start(2), assigned.end(2)),
                        key));
            }
        }
        String language = facts.file().languageId();
        if ("javascript".equals(language) || "typescript".equals(language)) {
            destructuredReads(facts, sent, facts.hasZohoContext(""), reads);
        }
        bareKeyReads(facts, ("python".equals(language) ? SETTINGS_ATTRIBUTE : SETTINGS_OBJECT).matcher(text), reads);
        if ("python".equals(language)) {
            // authtoken = settings.CRM_AUTHKEY: the variable says what the setting holds, whatever its name
            java.util.regex.Matcher setting = SETTINGS_ATTRIBUTE.matcher(text);
            while (setting.find()) {
                String key = setting.group(1);
                boolean intoToken = assignedTo(text, setting.start()).filter(name -> (sent.contains(name)
                        || io.cliqmigrate.rules.support.TokenSources.saysAuthtoken(name))
                        && !TokenParameters.otherTokenNames(facts).contains(name))
                        .isPresent();
                if (intoToken && !ZohoPatterns.OTHER_VENDOR.matcher(key).find() && !OTHER_SERVICE.matcher(key).find()
                        && !Lines.inComment(facts, setting.start())) {
                    addNew(reads, new SettingRead(new io.cliqmigrate.core.model.TextRange(setting.start(1),
                            setting.end(1)), key));
                }
            }
        }
        if (MEMBER_READ_LANGUAGES.contains(language) || "rust".equals(language)) {
            // a global or passed-in configuration read by member (config.ZOHO_INVOICE_TOKEN of a kintone script,
            // &config.zoho_authtoken of a Rust Config), not set
            List<SettingRead> members = new java.util.ArrayList<>();
            bareKeyReads(facts, CONFIG_MEMBER.matcher(text), members);
            members.stream().filter(AuthtokenConfigReadRule::namesZohoMember).forEach(read -> addNew(reads, read));
        }
        if (MEMBER_READ_LANGUAGES.contains(language)) {
            configModuleReads(facts, text, sent, reads);
        }
        if ("bsl".equals(language)) {
            bareKeyReads(facts, ONE_C_CONSTANT.matcher(text), reads);
        }
        if (("csharp".equals(language) || "vb".equals(language)) && text.contains("Settings")) {
            bareKeyReads(facts, DOTNET_SETTING.matcher(text), reads);
        }
        zohoSectionReads(facts, text, reads);
    }

    /** Last words of a setting about the token rather than holding it: its header's name, its label, its URL. */
    private static final java.util.Set<String> ABOUT_TOKEN = java.util.Set.of("name", "label", "url", "id", "type",
            "field", "header", "param", "expiry");

    /** {@code authTokenName}, {@code authTokenNameKey} (the key under which that name is kept): not the token. */
    private static boolean describesToken(String key) {
        List<String> words = ZohoPatterns.words(key);
        int last = words.size() - 1;
        return last >= 0 && (ABOUT_TOKEN.contains(words.get(last)) || last >= 1 && words.get(last).equals("key")
                && List.of("name", "value").contains(words.get(last - 1)));
    }

    /**
     * Whether the read at {@code at} is assigned to a name the file sends as an OAuth or webhook token
     * ({@code const CLIQ_TOKEN = process.env.CLIQ_DISPATCH_TOKEN} with {@code ?zapikey=${CLIQ_TOKEN}}).
     */
    private static boolean readIntoOtherToken(CodeFacts facts, String text, int at) {
        java.util.function.Predicate<String> otherToken = name -> TokenParameters.otherTokenNames(facts).contains(name)
                && !TokenParameters.sentNames(facts).contains(name);
        return assignedTo(text, at).filter(otherToken).isPresent()
                || fallbackAssignedTo(text, at).filter(otherToken).isPresent()
                || otherTokenArguments(facts).stream().anyMatch(a -> a.start() <= at && at < a.end());
    }

    /**
     * The arguments a call of this file passes where its function sends the parameter as an OAuth or webhook token:
     * {@code cliq_notify(solve, config.get("cliq_url"), config.get("cliq_token"))} for
     * {@code def cliq_notify(solve, cliq_url, cliq_token)} building {@code "?zapikey=" + cliq_token}.
     */
    private static List<io.cliqmigrate.core.model.TextRange> otherTokenArguments(CodeFacts facts) {
        return facts.answer("configRead.otherTokenArguments", f -> {
            // a name the file also sends as the authtoken (a crm_push(token) beside a cliq_notify(token)) proves nothing
            Set<String> names = new java.util.HashSet<>(TokenParameters.otherTokenNames(f));
            names.removeAll(TokenParameters.sentNames(f));
            return names.isEmpty() ? List.of() : TokenParameters.argumentsTo(f, names::contains);
        });
    }

    /** The name the value read at {@code at} is assigned to ({@code authToken = } right before it), if any. */
    private static java.util.Optional<String> assignedTo(String text, int at) {
        java.util.regex.Matcher into = ASSIGNED_VARIABLE.matcher(text.substring(Math.max(0, at - 120), at));
        return into.find() ? java.util.Optional.of(into.group(1)) : java.util.Optional.empty();
    }

    /**
     * The name a read is assigned to as one of its fallbacks: {@code const token = options.token ||
     * process.env.ZOHO_PEOPLE_AUTH_TOKEN || …}, within the statement ({@code ;} and {@code =} end the look back).
     */
    private static java.util.Optional<String> fallbackAssignedTo(String text, int at) {
        // cheap first: most reads are not a fallback
        if (!AFTER_FALLBACK.matcher(text.substring(Math.max(0, at - 80), at)).find()) {
            return java.util.Optional.empty();
        }
        java.util.regex.Matcher into = FALLBACK_ASSIGNED.matcher(text.substring(Math.max(0, at - 400), at));
        return into.find() ? java.util.Optional.of(into.group(1)) : java.util.Optional.empty();
    }

    private static final Pattern AFTER_FALLBACK = Pattern.compile(
            "(?:\\|\\||\\?\\?|\\bor\\b)\\s*(?:[\\w$]+\\s*(?:\\.|::|->)\\s*)*$");
    private static final Pattern FALLBACK_ASSIGNED = Pattern.compile("(?<![\\w-])[$@]?(?:this\\.|self\\.)?"
            + "([A-Za-z_]\\w*)\\s*:?=\\s*[^;=]{0,360}(?:\\|\\||\\?\\?|\\bor\\b)\\s*(?:[\\w$]+\\s*(?:\\.|::|->)\\s*)*$");

    /** Adds a read unless one already found covers the same place (two readers can see one read). */
    private static void addNew(List<SettingRead> reads, SettingRead read) {
        if (reads.stream().noneMatch(r -> r.range().overlaps(read.range()))) {
            reads.add(read);
        }
    }

    /**
     * A read written right after another scheme, in the same string or concatenated to it ({@code f'Bearer
     * {settings.ZOHO_AUTH_TOKEN}'}, {@code "Zoho-oauthtoken " + os.environ.get(…)}): that token, not the authtoken.
     */
    private static final Pattern AFTER_OTHER_SCHEME = Pattern.compile(
            "(?i)(?<![\\w-])(?:" + ZohoPatterns.OTHER_SCHEMES + ")(?=[\\s\"'`])\\s*[\"'`]?\\s*(?:[+.]\\s*)?[{$(]*"
                    + "(?:[\\w$]+\\s*(?:\\.|::|->)\\s*)*$");

    /** A read of the process environment, at the end of the text before its key. */
    private static final Pattern ENVIRONMENT_READER = Pattern.compile("(?:" + ENVIRONMENT_READERS
            + ")\\s*[\\[(]\\s*['\"]?$");

    /**
     * A member of a configuration module, read ({@code config.zoho_books_authtoken}), not set; its name must say Zoho
     * or be the API parameter's own ({@code config.authtoken}), since such a module holds every service's settings,
     * unless it is read into a variable the file sends as the authtoken ({@code var authToken = supportConfig.token}).
     */
    private static void configModuleReads(CodeFacts facts, String text, java.util.Set<String> sent,
                                          List<SettingRead> reads) {
        java.util.regex.Matcher module = CONFIG_MODULE.matcher(text);
        while (module.find()) {
            String name = module.group(1) != null ? module.group(1) : module.group(2);
            java.util.regex.Matcher member = Pattern.compile("(?<![\\w$.@])" + name + "\\s*\\.\\s*([A-Za-z_]\\w*+)(?![\\w$])"
                    + "(?!\\s*(?:=(?!=)|\\())").matcher(text);
            List<SettingRead> found = new java.util.ArrayList<>();
            bareKeyReads(facts, member, found);
            found.stream().filter(AuthtokenConfigReadRule::namesZohoMember).forEach(read -> addNew(reads, read));
            if (sent.isEmpty()) {
                continue;
            }
            // var authToken = supportConfig.token, later sent as the authtoken: whatever the member is called
            member.reset();
            while (member.find()) {
                if (assignedTo(text, member.start()).filter(sent::contains).isPresent()
                        && !OTHER_SERVICE.matcher(member.group(1)).find()
                        && !ZohoPatterns.OTHER_VENDOR.matcher(member.group(1)).find()
                        && !Lines.inComment(facts, member.start())) {
                    addNew(reads, new SettingRead(new io.cliqmigrate.core.model.TextRange(member.start(1),
                            member.end(1)), name + "." + member.group(1)));
                }
            }
        }
    }

    /**
     * A settings object's property: nopCommerce's {@code zohoCRMSetting.zohoAuthToken}, {@code _zohoSettings.AuthToken};
     * group 1 the property. A client's own {@code config} or {@code options} is what its caller gave it, not a setting.
     */
    private static final Pattern SETTINGS_OBJECT = Pattern.compile(
            "(?<![\\w.$])(?:this\\.|\\$this->)?_?[A-Za-z]\\w*?(?:[Ss]ettings?)\\s*(?:\\.|->)\\s*([A-Za-z_]\\w*)(?!\\s*\\()");

    /**
     * Python's settings modules read by attribute: Django's {@code settings.ZOHO_AUTHTOKEN}, an imported
     * {@code config.zoho_token}; group 1 the setting's name.
     */
    private static final Pattern SETTINGS_ATTRIBUTE = Pattern.compile(
            "(?<![\\w.])(?:settings|config|conf|cfg|secrets|local_settings)\\.([A-Za-z_]\\w*)(?!\\s*\\()");

    /**
     * A member of a configuration object that holds every service's settings names Zoho's token only when it says Zoho
     * or is the API parameter's own lower-case name ({@code config.authtoken}; {@code config.authToken} is as likely
     * another vendor's).
     */
    private static boolean namesZohoMember(SettingRead read) {
        return ZohoHints.isHint(read.key()) || read.key().equalsIgnoreCase("authtoken") && !read.key().equals("authToken");
    }

    /**
     * A variable given a Zoho section of the configuration ({@code $zohoConfig = config('services.zoho')},
     * {@code zoho = settings.get('zoho')}), then read by the token's key ({@code $zohoConfig['token']}). The call is
     * found first and the variable looked for before it on its line, so a large file costs one pass.
     */
    private static final Pattern ZOHO_SECTION_CALL = Pattern.compile(
            "(?<![\\w$])(?:config|get|fetch|get_option)\\s*\\(\\s*(['\"])([\\w.:-]{0,80}?(?i:zoho)[\\w.:-]{0,80})\\1\\s*\\)");
    /** The variable assigned just before the call, at the end of the text before it on its line. */
    private static final Pattern SECTION_VARIABLE = Pattern.compile(
            "(?<![\\w$>.])(\\$?[A-Za-z_]\\w*)\\s*=\\s*(?:[\\w$]+\\s*(?:\\.|::|->)\\s*){0,4}$");
    /**
     * TYPO3's TypoScript settings of an extension named for Zoho, given to a variable: {@code $constant =
     * $GLOBALS['TSFE']->tmpl->setup['plugin.']['tx_nszohocrm.']['settings.'];}; group 1 the variable, 3 the extension,
     * 4 the levels below it.
     */
    private static final Pattern TYPOSCRIPT_SECTION = Pattern.compile("(?<![\\w$>.])(\\$[A-Za-z_]\\w*)\\s*=\\s*"
            + "\\$GLOBALS\\s*\\[\\s*(['\"])TSFE\\2\\s*]\\s*->\\s*tmpl\\s*->\\s*setup\\s*\\[\\s*['\"]plugin\\.['\"]\\s*]"
            + "\\s*\\[\\s*['\"](tx_\\w{0,60}?(?i:zoho)\\w{0,60})\\.['\"]\\s*]"
            + "((?:\\s*\\[\\s*['\"]\\w{1,60}\\.['\"]\\s*]){0,4})");
    private static final Pattern TYPOSCRIPT_LEVEL = Pattern.compile("\\w+(?=\\.['\"])");
    /** At most this many section variables a file: a bundle that reads Zoho's settings everywhere is not a client. */
    private static final int MAX_SECTIONS = 8;

    private static void zohoSectionReads(CodeFacts facts, String text, List<SettingRead> reads) {
        java.util.Map<String, String> sections = new java.util.LinkedHashMap<>();
        java.util.regex.Matcher call = ZOHO_SECTION_CALL.matcher(text);
        while (call.find() && sections.size() < MAX_SECTIONS) {
            int lineStart = Math.max(Lines.startOf(text, call.start()), call.start() - 120);
            java.util.regex.Matcher variable = SECTION_VARIABLE.matcher(text.substring(lineStart, call.start()));
            if (variable.find() && !Lines.inComment(facts, call.start())) {
                sections.putIfAbsent(variable.group(1), call.group(2));
            }
        }
        java.util.regex.Matcher typoscript = text.contains("TSFE") ? TYPOSCRIPT_SECTION.matcher(text) : null;
        while (typoscript != null && typoscript.find() && sections.size() < MAX_SECTIONS) {
            if (!Lines.inComment(facts, typoscript.start())) {
                StringBuilder path = new StringBuilder("plugin." + typoscript.group(3));
                TYPOSCRIPT_LEVEL.matcher(typoscript.group(4)).results().forEach(l -> path.append('.').append(l.group()));
                sections.putIfAbsent(typoscript.group(1), path.toString());
            }
        }
        for (var section : sections.entrySet()) {
            java.util.regex.Matcher key = Pattern.compile("(?<![\\w$>.])" + Pattern.quote(section.getKey())
                    + "\\s*\\[\\s*(['\"])(\\w+)\\1\\s*]").matcher(text);
            while (key.find()) {
                String name = key.group(2);
                boolean token = AUTHTOKEN_IN_KEY.matcher(name).find() || name.equals("token")
                        && bareZohoToken(facts, "zoho_token");
                if (token && !Lines.inComment(facts, key.start())
                        && !ZohoPatterns.PRESENCE_CHECK.matcher(text.substring(Math.max(0, key.start() - 40), key.start())).find()) {
                    addNew(reads, new SettingRead(new io.cliqmigrate.core.model.TextRange(key.start(2), key.end(2)),
                            section.getValue() + "." + name));
                }
            }
        }
    }

    /** A 1C:Enterprise constant read: {@code Constants.zoho_auth_token.Get()}, {@code Константы.….Получить()}. */
    private static final Pattern ONE_C_CONSTANT = Pattern.compile(
            "(?<![\\w.])(?:Constants|Константы)\\.(\\w+)\\.(?:Get|Получить)\\s*\\(\\s*\\)",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** A .NET application setting: {@code Properties.Settings.Default.AUTHTOKEN}, VB's {@code My.Settings.AuthToken}. */
    private static final Pattern DOTNET_SETTING = Pattern.compile(
            "(?<![\\w.])(?:(?:Properties\\.)?Settings\\.Default|My\\.Settings)\\.([A-Za-z_]\\w*+)(?!\\s*=(?!=))");

    /** {@link #SETTINGS_ATTRIBUTE} read, not assigned: {@code config.ZOHO_TOKEN}, not {@code config.ZOHO_TOKEN = …}. */
    private static final Pattern CONFIG_MEMBER = Pattern.compile(
            "(?<![\\w.$])(?:settings|config|conf|cfg|secrets)\\.([A-Za-z_]\\w*)(?!\\s*(?:\\(|=(?!=)))");

    /**
     * Settings taken apart into variables: {@code const { ZOHO_CAMPAIGNS_TOKEN, LIST_KEY } = process.env} (also
     * a webtask's {@code req.webtaskContext.secrets}, a {@code config} or {@code settings} object); group 1 the
     * names between the braces.
     */
    private static final Pattern DESTRUCTURED = Pattern.compile("\\b(?:const|let|var)\\s*\\{([\\w$\\s,:=]{1,400})}\\s*=\\s*"
            + "(?:process\\.env|(?:[\\w$]+\\.)*(?:secrets|env|config|settings))\\b(?!\\s*[.(\\[])");
    /** One name taken apart: the key, and the variable it goes into where that is another ({@code KEY: token}). */
    private static final Pattern DESTRUCTURED_NAME = Pattern.compile("([A-Za-z_$][\\w$]*)(?:\\s*:\\s*([A-Za-z_$][\\w$]*))?");

    /** Each name taken apart from the settings that says authtoken, or that the file sends as the authtoken. */
    private static void destructuredReads(CodeFacts facts, java.util.Set<String> sent, boolean zohoContext,
                                          List<SettingRead> reads) {
        String text = facts.file().text();
        // with no Zoho word in the file, only a required configuration module of a file that names no other vendor
        // (ngrok's key is spelt authtoken too)
        java.util.Set<String> modules = new java.util.HashSet<>();
        java.util.regex.Matcher module = zohoContext || ZohoPatterns.OTHER_VENDOR.matcher(text).find() ? null
                : CONFIG_MODULE.matcher(text);
        while (module != null && module.find()) {
            modules.add(module.group(1) != null ? module.group(1) : module.group(2));
        }
        java.util.regex.Matcher m = DESTRUCTURED.matcher(text);
        while (m.find()) {
            String source = m.group().substring(m.group().lastIndexOf('=') + 1).strip();
            if (Lines.inComment(facts, m.start())
                    || !zohoContext && !modules.contains(source)) {
                continue;
            }
            int offset = m.start(1);
            for (String item : m.group(1).split(",", -1)) {
                int itemStart = offset;
                offset += item.length() + 1;
                java.util.regex.Matcher name = DESTRUCTURED_NAME.matcher(item.split("=")[0].strip());
                if (!name.matches()) {
                    continue;
                }
                String key = name.group(1);
                String variable = name.group(2) != null ? name.group(2) : key;
                int at = itemStart + item.indexOf(key);
                // without a Zoho word in the file, only Zoho's own spelling of the key, all lower case, says whose
                if ((sent.contains(variable) || AUTHTOKEN_IN_KEY.matcher(key).find())
                        && (zohoContext || key.equals("authtoken"))
                        && !ZohoPatterns.OTHER_VENDOR.matcher(key).find() && !OTHER_SERVICE.matcher(key).find()) {
                    reads.add(new SettingRead(new io.cliqmigrate.core.model.TextRange(at, at + key.length()), key));
                }
            }
        }
    }

    /**
     * The reads a pattern finds with the key as a bare word in its group 1 (Ruby's {@code settings[:zoho_authtoken]},
     * Perl's {@code $ENV{ZOHO_AUTHTOKEN}}), outside comments, in code that talks to Zoho or under a Zoho-named key.
     */
    private static void bareKeyReads(CodeFacts facts, java.util.regex.Matcher read, List<SettingRead> reads) {
        String text = facts.file().text();
        while (read.find()) {
            String key = read.group(1);
            if (namesTheToken(facts, key, "") && !Lines.inComment(facts, read.start())
                    && !AFTER_OTHER_SCHEME.matcher(text.substring(Math.max(0, read.start() - 30), read.start()))
                    .find()) {
                reads.add(new SettingRead(new io.cliqmigrate.core.model.TextRange(read.start(1), read.end(1)), key));
            }
        }
    }

    /**
     * A setting's name that says it holds the Zoho authtoken, in code about Zoho: it says authtoken or names the Zoho
     * token, and no other vendor or service ({@code TWILIO_AUTH_TOKEN}, {@code smtp_auth_token}).
     */
    private static boolean namesTheToken(CodeFacts facts, String key, String scope) {
        return (AUTHTOKEN_IN_KEY.matcher(key).find() || bareZohoToken(facts, key)) && !describesToken(key)
                && !ZohoPatterns.OTHER_VENDOR.matcher(key).find() && !OTHER_SERVICE.matcher(key).find()
                && (ZohoHints.isHint(key) || facts.hasZohoContext(scope));
    }

    /**
     * A setting read under a constant of the same file: {@code get_option(CF7ZL_OPT_AUTHTOKEN, null)} with
     * {@code const CF7ZL_OPT_AUTHTOKEN = 'cf7zl_authtoken';}, {@code getenv(AUTH_TOKEN_VAR)}. The read is where the
     * token comes into the code, so it is reported there.
     */
    private static void constantKeyReads(CodeFacts facts, List<SettingRead> reads) {
        String text = facts.file().text();
        for (CallFact call : facts.calls()) {
            if (call.args().isEmpty()) {
                continue;
            }
            var constant = io.cliqmigrate.rules.support.KeyConstants.named(facts, call.arg(0)).orElse(null);
            String key = constant == null ? null : constant.value().literalValue();
            if (key == null || !AUTHTOKEN_IN_KEY.matcher(key).find() || OTHER_SERVICE.matcher(key).find()
                    || ZohoPatterns.OTHER_VENDOR.matcher(key).find() || !key.matches("[\\w.:-]+")) {
                continue;
            }
            int at = call.arg(0).range().start();
            String before = text.substring(Math.max(0, at - 120), at);
            java.util.regex.Matcher reader = NAMED_READER.matcher(before);
            if (!reader.find()) {
                reader = LEXICAL_READER.matcher(before);
                if (!reader.find() || reader.group().matches("(?s)(?:get|fetch)\\b.*")) {
                    continue;
                }
            }
            if (ZohoHints.isHint(key) || facts.hasZohoContext(call.scope())) {
                reads.add(new SettingRead(call.arg(0).range(), key));
            }
        }
    }

    /**
     * The key ends the read ({@code AppSettings["Token"]}), not an outer key of a nested one
     * ({@code SETTINGS["zoho"]["cliq"]["authtoken"]}).
     */
    private static boolean lastKey(String text, int from) {
        int i = from;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '"'
                || text.charAt(i) == '\'')) {
            i++;
        }
        if (i >= text.length() || text.charAt(i) != ']' && text.charAt(i) != ')') {
            return false;
        }
        i++;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i >= text.length() || text.charAt(i) != '[' && text.charAt(i) != '(';
    }

    /**
     * The other reads and the declarations ({@code register_setting('group', 'woobookacno')}, {@code add_option}) of a
     * key that a read into the authtoken's variable showed to hold it.
     */
    private static void sameKeyReads(CodeFacts facts, java.util.Set<String> tokenKeys, List<SettingRead> reads) {
        if (tokenKeys.isEmpty()) {
            return;
        }
        String text = facts.file().text();
        java.util.Set<Integer> taken = new java.util.HashSet<>();
        reads.forEach(r -> taken.add(r.range().start()));
        for (var expr : facts.strings()) {
            for (var part : expr.parts()) {
                if (part instanceof io.cliqmigrate.core.code.Part.Literal literal && tokenKeys.contains(literal.value())
                        && !taken.contains(literal.range().start()) && NAMED_READER.matcher(text.substring(
                                Math.max(0, literal.range().start() - 120), literal.range().start())).find()) {
                    reads.add(new SettingRead(literal.range(), literal.value()));
                }
            }
        }
    }

    /**
     * A framework's settings reader ({@code config->item}, {@code get_option}) whose key does not say authtoken, read
     * into a variable that does or that the file sends as the authtoken, in code that talks to Zoho.
     */
    private static boolean readIntoAuthtokenVariable(CodeFacts facts, io.cliqmigrate.core.code.StringExpr expr,
                                                     String key, String before, java.util.Set<String> sent) {
        // cheap first: a reader's key is its first argument; most literals are not
        int last = before.length() - 1;
        while (last >= 0 && Character.isWhitespace(before.charAt(last))) {
            last--;
        }
        if (last < 0 || before.charAt(last) != '(') {
            return false;
        }
        if (AUTHTOKEN_IN_KEY.matcher(key).find() || !key.matches("[\\w.:-]+") || OTHER_SERVICE.matcher(key).find()
                || ZohoPatterns.OTHER_VENDOR.matcher(key).find()) {
            return false;
        }
        java.util.regex.Matcher named = NAMED_READER.matcher(before);
        if (!named.find()) {
            return false;
        }
        java.util.regex.Matcher into = ASSIGNED_VARIABLE.matcher(before.substring(0, named.start()));
        return into.find() && (AUTHTOKEN_IN_KEY.matcher(into.group(1)).find() || sent.contains(into.group(1)))
                && !OTHER_SERVICE.matcher(into.group(1)).find()
                && (ZohoHints.isHint(key) || facts.hasZohoContext(expr.scope()));
    }

    /** The read's value is assigned to one of the variables that the file sends as the authtoken. */
    private static boolean sentAsAuthtoken(java.util.Set<String> sent, String beforeReader) {
        java.util.regex.Matcher assigned = ASSIGNED_VARIABLE.matcher(beforeReader);
        return assigned.find() && sent.contains(assigned.group(1));
    }

    /**
     * The key of the settings form element whose {@code '#default_value'} is the read starting at {@code readAt},
     * when the element is named after the setting it reads.
     */
    private static java.util.Optional<io.cliqmigrate.core.model.TextRange> formElement(String text, int readAt,
                                                                                      String key) {
        int from = Math.max(0, readAt - 2000); // a long '#description' may come first
        java.util.regex.Matcher element = FORM_ELEMENT.matcher(text).region(from, readAt);
        io.cliqmigrate.core.model.TextRange found = null;
        while (element.find()) {
            found = element.group(1).equals(key) && element.end() == readAt
                    ? new io.cliqmigrate.core.model.TextRange(element.start(1), element.end(1)) : null;
        }
        return java.util.Optional.ofNullable(found);
    }

    /**
     * The key as configuration files write it, so the engine links it to the setting: the outer keys of a nested
     * read joined on ({@code config["zoho"]["authtoken"]} reads {@code zoho.authtoken}) and .NET's {@code :}
     * written as {@code .} ({@code Zoho:Cliq:AuthToken} is {@code Zoho.Cliq.AuthToken} in appsettings.json).
     */
    private static String path(String reader, String key) {
        StringBuilder path = new StringBuilder();
        java.util.regex.Matcher outer = OUTER_KEY.matcher(reader);
        while (outer.find()) {
            path.append(outer.group(1)).append('.');
        }
        return path.append(key).toString().replace(':', '.');
    }

    /** The setting's name: {@code zoho.cliq.authtoken} out of {@code ${zoho.cliq.authtoken:<default>}}. */
    private static String settingKey(String text) {
        java.util.regex.Matcher placeholder = PLACEHOLDER_KEY.matcher(text);
        String key = !placeholder.find() ? text : placeholder.group(1) != null ? placeholder.group(1)
                : placeholder.group(2);
        return key.replace(String.valueOf(FoldedString.HOLE), "…").trim();
    }

    /** {@code @ConfigurationProperties(prefix = "zoho")} classes bind a field named authtoken to the setting. */
    private static void reportBoundProperties(CodeFacts facts, RuleContext ctx) {
        for (CallFact call : facts.calls()) {
            if (!call.simpleName().equals("ConfigurationProperties") || call.args().stream()
                    .noneMatch(a -> ZohoHints.isHint(facts.fold(a).text()))) {
                continue;
            }
            for (Binding binding : facts.bindings()) {
                if (binding.kind() == Binding.Kind.FIELD && binding.scope().equals(call.scope())
                        && AUTHTOKEN_IN_KEY.matcher(binding.name()).find()) {
                    ctx.report(binding.nameRange(), "Binds a legacy Zoho authtoken setting to the field '"
                            + binding.name() + "': whatever uses it fails since Zoho stopped accepting authtokens "
                            + "in 2021. Bind OAuth settings (client id, client secret, refresh token) instead",
                            List.of(), List.of());
                }
            }
        }
    }
}
