package io.cliqmigrate.core.lang.config;

import io.cliqmigrate.core.code.SourceOffsets;
import io.cliqmigrate.core.model.TextRange;

/**
 * One setting of a configuration file: its full key ({@code zoho.cliq.authtoken}, {@code webhooks[0].url}), where
 * the key is written, its value as the application sees it (quotes and escapes resolved), and where the value is
 * written (quotes included), and where each character of the value is written ({@code null} when the value is
 * written out as it is, or not mapped).
 */
record ConfigEntry(String path, TextRange keyRange, String value, TextRange valueRange, SourceOffsets offsets) {
}
