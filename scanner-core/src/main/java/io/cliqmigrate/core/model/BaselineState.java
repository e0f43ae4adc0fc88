package io.cliqmigrate.core.model;

import java.util.Locale;

/**
 * A finding compared with a baseline, in SARIF's words: {@code new} (not in the baseline), {@code unchanged} (in
 * it, found again, maybe in a moved file) or {@code absent} (a baseline entry the scan no longer finds).
 */
public enum BaselineState {
    NEW, UNCHANGED, ABSENT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static BaselineState parse(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
