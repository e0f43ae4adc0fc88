package io.cliqmigrate.core.code;

import io.cliqmigrate.core.model.TextRange;

/**
 * A name given a value: a constant or field, a local variable, an assignment, or a configuration key.
 * {@code value} is {@code null} when the value is not a string expression.
 */
public record Binding(String name, Kind kind, StringExpr value, TextRange nameRange, String scope) {
    public enum Kind { CONSTANT, FIELD, LOCAL, ASSIGNMENT, CONFIG_KEY }
}
