package io.cliqmigrate.core.code;

import io.cliqmigrate.core.model.TextRange;

/** A comment's text (markers included) and where it stands. */
public record Comment(String text, TextRange range) {}
