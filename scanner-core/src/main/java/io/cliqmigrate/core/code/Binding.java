package io.cliqmigrate.core.code;

import io.cliqmigrate.core.model.TextRange;

/**
 * A name given a value: a constant or field, a local variable, an assignment, or a configuration key.
 * {@code value} is {@code null} when the value is not a string expression. {@code profile} is the Spring profile
 * a configuration key is set for ({@code application-prod.yml}, a YAML document with
 * {@code spring.config.activate.on-profile: prod}), or "" when it is set for every profile.
 */
public record Binding(String name, Kind kind, StringExpr value, TextRange nameRange, String scope, String profile) {
    public enum Kind { CONSTANT, FIELD, LOCAL, ASSIGNMENT, CONFIG_KEY }

    public Binding(String name, Kind kind, StringExpr value, TextRange nameRange, String scope) {
        this(name, kind, value, nameRange, scope, "");
    }
}
