package io.cliqmigrate.core.lang.config;

import io.cliqmigrate.core.model.TextRange;

/**
 * One setting of a configuration file: its full key ({@code zoho.cliq.authtoken}, {@code webhooks[0].url}), where
 * the key is written, its value as the application sees it (quotes and escapes resolved), and where the value is
 * written (quotes included).
 */
record ConfigEntry(String path, TextRange keyRange, String value, TextRange valueRange) {
}
