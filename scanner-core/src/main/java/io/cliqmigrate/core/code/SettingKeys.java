package io.cliqmigrate.core.code;

import java.util.Locale;

/**
 * How setting names are matched across files, as Spring's relaxed binding matches them: {@code ZOHO_CLIQ_AUTHTOKEN},
 * {@code zoho.cliq.authtoken} and {@code zoho-cliq-authtoken} are one setting. The engine links settings to their
 * readers, rules group them, and reports trace them by this one rule.
 */
public final class SettingKeys {
    private SettingKeys() {}

    /** The key lower-cased, without dots, dashes and underscores. */
    public static String relaxed(String key) {
        return key.toLowerCase(Locale.ROOT).replaceAll("[._\\-]", "");
    }
}
