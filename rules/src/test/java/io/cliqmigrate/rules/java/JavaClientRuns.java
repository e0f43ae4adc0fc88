package io.cliqmigrate.rules.java;

import static io.cliqmigrate.rules.java.JavaClientRun.LegacyAuth.FORM;
import static io.cliqmigrate.rules.java.JavaClientRun.LegacyAuth.HEADER;
import static io.cliqmigrate.rules.java.JavaClientRun.LegacyAuth.QUERY;

import io.cliqmigrate.rules.java.JavaClientRun.LegacyAuth;
import java.util.List;
import java.util.Properties;
import java.util.function.BiFunction;

/** One {@link JavaClientRun} for each case under {@code java-clients/}. */
public final class JavaClientRuns {
    private static final String DESK_ORG = "60001234";
    private static final String BOOKS_ORG = "10234695";

    private static final List<JavaClientRun> RUNS = List.of(
            run("feign-query", "com.acme.support.ShiftPlanner", withOrg(DESK_ORG),
                    "activeAgents", List.of(), "GET", "/api/v1/agents", QUERY),
            run("httpclient4-form", "com.acme.crm.LeadImporter", baseAndToken(),
                    "insertLead", List.of("Acme Ltd", "Smith"), "POST", "/crm/private/xml/Leads/insertRecords", FORM),
            run("httpclient4-format-query", "com.acme.crm.LeadExporter", baseAndToken(),
                    "leadsPage", List.of(1), "GET", "/crm/v2/Leads", QUERY),
            run("httpclient4-header", "com.acme.support.DeskTicketCreator", withOrg(DESK_ORG),
                    "openTicket", List.of("5000000007235", "Checkout is down"), "POST", "/api/v1/tickets", HEADER),
            run("httpclient4-uribuilder", "com.acme.billing.BooksInvoiceClient", withOrg(BOOKS_ORG),
                    "unpaidInvoices", List.of(), "GET", "/api/v3/invoices", QUERY),
            run("httpclient5-form", "com.acme.creator.CreatorRecordWriter", baseAndToken(),
                    "addVisitor", List.of("acme", "Jane Doe", "Initech"), "POST",
                    "/api/acme/json/front-desk/form/Visitor/record/add/", FORM),
            run("httpclient5-header", "com.acme.projects.ProjectTaskReader", baseAndToken(),
                    "openTasks", List.of("acmeportal", "170876000000031"), "GET",
                    "/restapi/portal/acmeportal/projects/170876000000031/tasks/", HEADER),
            run("java8-urlconnection-properties", "com.acme.legacy.BotNotifier", (base, token) -> {
                Properties settings = new Properties();
                settings.setProperty("cliq.url", base);
                settings.setProperty("zoho.authtoken", token);
                return new Object[] {settings};
            }, "broadcast", List.of("opsbot", "Nightly import done"), "POST", "/api/v2/bots/opsbot/message", QUERY),
            run("jdk-httpclient-header", "com.acme.analytics.ReportExporter", baseAndToken(),
                    "exportCsv", List.of("finance@example.com", "Revenue", "Monthly"), "GET",
                    "/api/finance@example.com/Revenue/Monthly", HEADER),
            run("jdk-httpclient-query", "com.acme.alerts.CliqDirectMessenger", baseAndToken(),
                    "page", List.of("oncall@example.com", "Disk full on db-2"), "POST",
                    "/api/v2/buddies/oncall%40example.com/message", QUERY),
            run("map-parameters", "com.acme.crm.CrmRecordSearch", baseAndToken(),
                    "searchAccounts", List.of("Phone", "5550100"), "POST",
                    "/crm/private/json/Accounts/getSearchRecordsByPDC", FORM),
            run("okhttp-form", "com.acme.crm.ContactUpdater", baseAndToken(),
                    "updatePhone", List.of("3000000041001", "+44 20 7946 0000"), "POST",
                    "/crm/private/xml/Contacts/updateRecords", FORM),
            run("okhttp-header", "com.acme.mail.MailFolderReader", baseAndToken(),
                    "folders", List.of("2560000000001"), "GET", "/api/accounts/2560000000001/folders", HEADER),
            run("okhttp-httpurl-builder", "com.acme.billing.BooksContactSearch", withOrg(BOOKS_ORG),
                    "findByEmail", List.of("jane@example.com"), "GET", "/api/v3/contacts", QUERY),
            run("okhttp-query-concat", "com.acme.chatops.CliqBotPoster", baseAndToken(),
                    "notifyDeploy", List.of("deploybot", "v2.3 is live"), "POST", "/api/v2/bots/deploybot/message",
                    QUERY),
            run("retrofit-query", "com.acme.chatops.CliqRetrofitNotifier", baseAndToken(),
                    "postIncident", List.of("incidents", "API latency back to normal"), "POST",
                    "/api/v2/channelsbyname/incidents/message", QUERY),
            run("spring-form-multivaluemap", "com.acme.alerts.CliqChannelFormPoster", baseAndToken(),
                    "postSummary", List.of("nightly", "All 42 jobs passed"), "POST",
                    "/api/v2/channelsbyname/nightly/message", FORM),
            run("spring-restclient-uri", "com.acme.inventory.InventoryItemClient", withOrg(BOOKS_ORG),
                    "item", List.of("4815000000044"), "GET", "/api/v1/items/4815000000044", QUERY),
            run("spring-resttemplate-headers", "com.acme.support.DeskContactLookup", withOrg(DESK_ORG),
                    "searchByPhone", List.of("5550100"), "GET", "/api/v1/contacts/search", HEADER),
            run("spring-resttemplate-uricomponents", "com.acme.billing.BooksPaymentSync", withOrg(BOOKS_ORG),
                    "paymentsSince", List.of("2020-01-01"), "GET", "/api/v3/customerpayments", QUERY),
            run("spring-webclient-header", "com.acme.crm.DealWatcher", baseAndToken(),
                    "dealNow", List.of("3477000000123"), "GET", "/crm/v2/Deals/3477000000123", HEADER),
            run("stringbuilder-url", "com.acme.billing.SubscriptionReport", withOrg(BOOKS_ORG),
                    "liveSubscriptions", List.of(1), "GET", "/api/v1/subscriptions", QUERY),
            run("url-constant-other-file", "com.acme.monitoring.UptimeAlerter", baseAndToken(),
                    "siteDown", List.of("shop.example.com"), "POST", "/api/v2/channelsbyname/monitoring/message",
                    QUERY),
            run("urlconnection-header", "com.acme.support.DeskTicketReader", withOrg(DESK_ORG),
                    "openTickets", List.of(25), "GET", "/api/v1/tickets", HEADER),
            run("urlconnection-query-concat", "com.acme.alerts.CliqChannelAlerts", baseAndToken(),
                    "postAlert", List.of("alerts", "Build 1432 failed"), "POST", "/api/v2/channelsbyname/alerts/message",
                    QUERY));

    private JavaClientRuns() {
    }

    public static List<JavaClientRun> all() {
        return RUNS;
    }

    public static JavaClientRun forCase(String caseName) {
        return RUNS.stream().filter(run -> run.caseName().equals(caseName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no run for Java client case " + caseName));
    }

    private static JavaClientRun run(String caseName, String className, BiFunction<String, String, Object[]> constructor,
                                     String methodName, List<Object> arguments, String httpMethod, String path,
                                     LegacyAuth legacyAuth) {
        return new JavaClientRun(caseName, className, constructor, methodName, arguments, httpMethod, path, legacyAuth);
    }

    /** A constructor taking the base URL and the token. */
    private static BiFunction<String, String, Object[]> baseAndToken() {
        return (base, token) -> new Object[] {base, token};
    }

    /** A constructor taking the base URL, the token and an organisation id. */
    private static BiFunction<String, String, Object[]> withOrg(String organizationId) {
        return (base, token) -> new Object[] {base, token, organizationId};
    }
}
