package io.cliqmigrate.core.rule;

import java.util.Set;

/** The tag vocabulary for rule metadata. */
public final class Tags {
    public static final String LEGACY_AUTH = "legacy-auth";
    public static final String CREDENTIAL = "credential";
    public static final String CLIQ = "cliq";
    public static final String CRM = "crm";
    public static final String INVENTORY = "inventory";
    public static final String CONFIG = "config";
    public static final String MANUAL_MIGRATION = "manual-migration";
    public static final String DELUGE = "deluge";

    public static final Set<String> ALL = Set.of(LEGACY_AUTH, CREDENTIAL, CLIQ, CRM, INVENTORY, CONFIG,
            MANUAL_MIGRATION, DELUGE);

    private Tags() {}
}
