package io.cliqmigrate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a SARIF report must be: valid against the OASIS SARIF 2.1.0 schema ({@code sarif/sarif-schema-2.1.0.json}),
 * and right where GitHub code scanning is stricter than the schema (reports.md §1). Each check returns the
 * problems it found, so one assertion shows them all.
 */
final class SarifChecks {
    private static final Path SCHEMA_FILE = Path.of("src/test/resources/sarif/sarif-schema-2.1.0.json");
    private static final Schema SCHEMA = schema();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    /** What may stand unescaped in a URI path (RFC 3986 pchar and "/"), or a percent escape. */
    private static final Pattern URI_PATH = Pattern.compile("(?:[A-Za-z0-9._~!$&'()*+,;=:@/-]|%[0-9A-F]{2})*");
    private static final Pattern SEVERITY_NUMBER = Pattern.compile("\\d{1,2}\\.\\d");
    private static final int MAX_RESULTS = 25_000;
    private static final int MAX_LOCATIONS = 1_000;
    private static final int MAX_TAGS = 10;
    private static final int MAX_DESCRIPTION = 1024;

    private SarifChecks() {}

    private static Schema schema() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4, builder -> builder
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        try {
            return registry.getSchema(Files.readString(SCHEMA_FILE, StandardCharsets.UTF_8), InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema's complaints, each with where in the report. */
    static List<String> schemaErrors(String sarif) {
        return SCHEMA.validate(sarif, InputFormat.JSON).stream().map(Object::toString).toList();
    }

    /** What GitHub code scanning needs beyond the schema. */
    static List<String> githubProblems(String sarif) {
        JsonNode log;
        try {
            log = MAPPER.readTree(sarif);
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        if (!log.path("version").asText().equals("2.1.0") || !log.has("$schema")) {
            problems.add("no version 2.1.0 or no $schema");
        }
        for (JsonNode run : log.path("runs")) {
            JsonNode driver = run.at("/tool/driver");
            for (String field : List.of("name", "informationUri", "rules")) {
                if (!driver.has(field)) {
                    problems.add("tool.driver has no " + field);
                }
            }
            if (!run.path("originalUriBaseIds").has("%SRCROOT%")) {
                problems.add("run declares no %SRCROOT%");
            }
            if (!run.at("/automationDetails/id").asText().contains("/")) {
                problems.add("automationDetails.id has no category/");
            }
            problems.addAll(ruleProblems(driver.path("rules")));
            JsonNode results = run.path("results");
            if (!results.isArray()) {
                problems.add("run has no results array");
            } else if (results.size() > MAX_RESULTS) {
                problems.add(results.size() + " results in one run");
            }
            for (JsonNode result : results) {
                problems.addAll(resultProblems(result, driver.path("rules")));
            }
            for (JsonNode note : run.at("/invocations/0/toolExecutionNotifications")) {
                note.path("locations").forEach(l -> problems.addAll(locationProblems(l.path("physicalLocation"),
                        "notification " + note.at("/message/text").asText())));
            }
        }
        return problems;
    }

    private static List<String> ruleProblems(JsonNode rules) {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode rule : rules) {
            String id = rule.path("id").asText();
            if (!ids.add(id)) {
                problems.add("rule " + id + " listed twice");
            }
            if (rule.at("/help/text").asText().isBlank()) {
                problems.add("rule " + id + " has no help.text");
            }
            for (String description : List.of("/shortDescription/text", "/fullDescription/text")) {
                int length = rule.at(description).asText().length();
                if (length == 0 || length > MAX_DESCRIPTION) {
                    problems.add("rule " + id + " " + description + " has " + length + " characters");
                }
            }
            JsonNode tags = rule.at("/properties/tags");
            if (tags.size() > MAX_TAGS) {
                problems.add("rule " + id + " has " + tags.size() + " tags");
            }
            boolean security = false;
            for (JsonNode tag : tags) {
                security |= tag.asText().equals("security");
            }
            JsonNode severity = rule.at("/properties/security-severity");
            if (security != !severity.isMissingNode()) {
                problems.add("rule " + id + ": security-severity on exactly the security rules");
            }
            if (!severity.isMissingNode() && !(severity.isTextual()
                    && SEVERITY_NUMBER.matcher(severity.asText()).matches())) {
                problems.add("rule " + id + ": security-severity is not a number as a string: " + severity);
            }
        }
        return problems;
    }

    private static List<String> resultProblems(JsonNode result, JsonNode rules) {
        List<String> problems = new ArrayList<>();
        String id = result.path("ruleId").asText();
        String where = id + " " + result.at("/locations/0/physicalLocation/artifactLocation/uri").asText() + ":"
                + result.at("/locations/0/physicalLocation/region/startLine").asInt();
        int index = result.path("ruleIndex").asInt(-1);
        if (index < 0 || index >= rules.size() || !rules.get(index).path("id").asText().equals(id)) {
            problems.add(where + ": ruleIndex " + index + " does not name its rule in tool.driver.rules");
        }
        if (result.path("locations").size() != 1) {
            problems.add(where + ": " + result.path("locations").size() + " locations instead of one");
        }
        if (result.path("relatedLocations").size() > MAX_LOCATIONS) {
            problems.add(where + ": more than " + MAX_LOCATIONS + " related locations");
        }
        if (result.at("/message/text").asText().isBlank()) {
            problems.add(where + ": no message");
        }
        if (result.at("/partialFingerprints/primaryLocationLineHash").asText().isBlank()) {
            problems.add(where + ": no primaryLocationLineHash");
        }
        result.path("locations").forEach(l -> problems.addAll(locationProblems(l.path("physicalLocation"), where)));
        result.path("relatedLocations").forEach(l -> problems.addAll(locationProblems(l.path("physicalLocation"),
                where + " (related)")));
        for (JsonNode fix : result.path("fixes")) {
            for (JsonNode change : fix.path("artifactChanges")) {
                problems.addAll(uriProblems(change.path("artifactLocation"), where + " (fix)"));
            }
        }
        return problems;
    }

    private static List<String> locationProblems(JsonNode physical, String where) {
        List<String> problems = new ArrayList<>(uriProblems(physical.path("artifactLocation"), where));
        JsonNode region = physical.path("region");
        for (String field : List.of("startLine", "startColumn", "endLine", "endColumn")) {
            if (region.has(field) && region.get(field).asInt() < 1) {
                problems.add(where + ": region." + field + " " + region.get(field) + " is not 1-based");
            }
        }
        if (physical.has("region") && !region.has("startLine")) {
            problems.add(where + ": region without startLine");
        }
        return problems;
    }

    private static List<String> uriProblems(JsonNode artifact, String where) {
        String uri = artifact.path("uri").asText();
        List<String> problems = new ArrayList<>();
        if (uri.isEmpty() || uri.startsWith("/") || uri.contains("\\") || SCHEME.matcher(uri).find()
                || !URI_PATH.matcher(uri).matches() || uri.startsWith("../") || uri.contains("/../")) {
            problems.add(where + ": uri '" + uri + "' is not a relative, escaped path");
        }
        if (!artifact.path("uriBaseId").asText().equals("%SRCROOT%")) {
            problems.add(where + ": uri '" + uri + "' is not relative to %SRCROOT%");
        }
        return problems;
    }
}
