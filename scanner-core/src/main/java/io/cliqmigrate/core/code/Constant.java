package io.cliqmigrate.core.code;

import io.cliqmigrate.core.model.TextRange;

/** A constant a file exports to the rest of the scanned tree, under a language-specific key. */
public record Constant(String key, StringExpr value, String path, TextRange declaration, int line) {}
