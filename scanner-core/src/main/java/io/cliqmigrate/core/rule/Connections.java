package io.cliqmigrate.core.rule;

import java.util.List;
import java.util.Map;

/**
 * Deluge connections a fix can name: the services, the placeholder link name used when the user configured none
 * ({@code cliqmigrate_crm}: valid, greppable, and needing no further edit once a connection of that name exists),
 * and the scopes to create it with.
 */
public final class Connections {
    public static final List<String> SERVICES = List.of("analytics", "billing", "books", "cliq", "creator", "crm",
            "desk", "inventory", "invoice", "projects", "recruit", "sign");

    private static final Map<String, String> SCOPES = Map.ofEntries(
            Map.entry("analytics", "ZohoAnalytics.data.create"),
            Map.entry("billing", "ZohoSubscriptions.fullaccess.all"),
            Map.entry("books", "ZohoBooks.fullaccess.all"),
            Map.entry("cliq", "ZohoCliq.Webhooks.CREATE"),
            Map.entry("creator", "ZohoCreator.form.CREATE, ZohoCreator.report.READ, ZohoCreator.report.UPDATE"),
            Map.entry("crm", "ZohoCRM.modules.ALL"),
            Map.entry("desk", "Desk.tickets.ALL, Desk.contacts.ALL, Desk.basic.READ"),
            Map.entry("inventory", "ZohoInventory.fullaccess.all"),
            Map.entry("invoice", "ZohoInvoice.fullaccess.all"),
            Map.entry("projects", "ZohoProjects.projects.ALL, ZohoProjects.tasks.ALL"),
            Map.entry("recruit", "ZohoRecruit.modules.all"),
            Map.entry("sign", "ZohoSign.documents.ALL"));

    private Connections() {}

    /** A connection link name, and whether the user configured it (else it is the placeholder). */
    public record Link(String service, String name, boolean configured) {
        /**
         * The comment a fix puts on the line above a statement that names a placeholder connection, so the user
         * knows what to create; empty when the user configured the link name.
         */
        public String todo() {
            return configured ? "" : "// TODO(cliq-migrate): create connection \"" + name + "\" with scopes "
                    + scopes(service);
        }
    }

    public static String placeholder(String service) {
        return "cliqmigrate_" + service;
    }

    public static String scopes(String service) {
        return SCOPES.getOrDefault(service, "the scopes of the API it calls");
    }

    /** The link for {@code service}: the configured name, else the placeholder. */
    public static Link link(String service, Map<String, String> configured) {
        String name = configured.get(service);
        return name == null ? new Link(service, placeholder(service), false) : new Link(service, name, true);
    }
}
