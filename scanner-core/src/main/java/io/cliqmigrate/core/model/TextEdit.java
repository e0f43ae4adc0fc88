package io.cliqmigrate.core.model;

/** Replace the text in {@code range} with {@code replacement}. */
public record TextEdit(TextRange range, String replacement) {}
