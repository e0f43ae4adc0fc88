package io.cliqmigrate.core.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.cliqmigrate.core.model.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads {@code .cliq-migrate.yml}:
 * <pre>
 * include: [src/**]
 * exclude: [build/**, "**&#47;generated/**"]
 * maxFileSize: 4194304
 * rules:
 *   disable: [cliq-api-inventory]
 *   severity: {crm-v1-endpoint: warning}
 * </pre>
 */
public final class ConfigFile {
    public static final String DEFAULT_NAME = ".cliq-migrate.yml";
    private static final Set<String> TOP_KEYS = Set.of("include", "exclude", "maxFileSize", "rules");
    private static final Set<String> RULE_KEYS = Set.of("disable", "severity");

    /** The settings a config file holds. */
    public record Settings(List<String> include, List<String> exclude, Set<String> disabledRules,
                           Map<String, Severity> severityOverrides, long maxFileSize) {
        public static final Settings EMPTY = new Settings(List.of(), List.of(), Set.of(), Map.of(), 0);

        public Settings withMaxFileSize(long bytes) {
            return new Settings(include, exclude, disabledRules, severityOverrides, bytes);
        }
    }

    /** A configuration file and what it says. */
    public record Loaded(Path file, Settings settings) {}

    private ConfigFile() {}

    /**
     * The configuration file that governs a scan root: {@value #DEFAULT_NAME} in the root (a file's folder) or,
     * inside a git work tree, in the nearest folder above it up to the top level, as {@code .gitignore} files
     * apply from above. Outside git only the root's own file counts.
     */
    public static Optional<Path> nearest(Path root) {
        Path start = root.toAbsolutePath().normalize();
        Path folder = Files.isDirectory(start) ? start : start.getParent();
        Path top = folder == null ? null : GitTree.containing(folder).map(GitTree::topLevel).orElse(folder);
        for (Path at = folder; at != null && at.startsWith(top); at = at.getParent()) {
            Path candidate = at.resolve(DEFAULT_NAME);
            if (Files.isRegularFile(candidate)) {
                // named as the user would name it, for one-line error messages
                Path cwd = Path.of("").toAbsolutePath();
                return Optional.of(candidate.startsWith(cwd) ? cwd.relativize(candidate) : candidate);
            }
        }
        return Optional.empty();
    }

    public static Settings load(Path path, Set<String> knownRuleIds) throws ConfigException {
        String name = path.toString();
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(Files.readAllBytes(path));
        } catch (JsonProcessingException e) {
            throw new ConfigException(name + ": not valid YAML (line " + e.getLocation().getLineNr() + ")");
        } catch (IOException e) {
            throw new ConfigException(name + ": cannot read (" + e.getClass().getSimpleName() + ")");
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return Settings.EMPTY;
        }
        if (!root.isObject()) {
            throw new ConfigException(name + ": expected a mapping at the top level");
        }
        checkKeys(root, TOP_KEYS, name, "");
        List<String> include = strings(root.get("include"), name, "include");
        List<String> exclude = strings(root.get("exclude"), name, "exclude");
        long maxFileSize = 0;
        if (root.has("maxFileSize")) {
            if (!root.get("maxFileSize").isIntegralNumber() || root.get("maxFileSize").asLong() <= 0) {
                throw new ConfigException(name + ": maxFileSize must be a positive number of bytes");
            }
            maxFileSize = root.get("maxFileSize").asLong();
        }
        Set<String> disabled = new TreeSet<>();
        Map<String, Severity> overrides = new LinkedHashMap<>();
        JsonNode rules = root.get("rules");
        if (rules != null && !rules.isNull()) {
            if (!rules.isObject()) {
                throw new ConfigException(name + ": rules must be a mapping with disable and severity");
            }
            checkKeys(rules, RULE_KEYS, name, "rules.");
            for (String id : strings(rules.get("disable"), name, "rules.disable")) {
                disabled.add(knownRule(id, knownRuleIds, name));
            }
            JsonNode severity = rules.get("severity");
            if (severity != null && !severity.isNull()) {
                if (!severity.isObject()) {
                    throw new ConfigException(name + ": rules.severity must map rule ids to error, warning or info");
                }
                Iterator<Map.Entry<String, JsonNode>> fields = severity.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> e = fields.next();
                    try {
                        overrides.put(knownRule(e.getKey(), knownRuleIds, name), Severity.parse(e.getValue().asText()));
                    } catch (IllegalArgumentException ex) {
                        throw new ConfigException(name + ": rules.severity." + e.getKey() + ": " + ex.getMessage());
                    }
                }
            }
        }
        return new Settings(include, exclude, disabled, overrides, maxFileSize);
    }

    private static void checkKeys(JsonNode node, Set<String> allowed, String name, String prefix)
            throws ConfigException {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String key = names.next();
            if (!allowed.contains(key)) {
                throw new ConfigException(name + ": unknown key '" + prefix + key + "' (expected one of "
                        + String.join(", ", new TreeSet<>(allowed)) + ")");
            }
        }
    }

    private static String knownRule(String id, Set<String> known, String name) throws ConfigException {
        if (!known.contains(id)) {
            throw new ConfigException(name + ": unknown rule id '" + id + "' (see 'cliq-migrate rules')");
        }
        return id;
    }

    private static List<String> strings(JsonNode node, String name, String key) throws ConfigException {
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (node.isTextual()) {
            out.add(node.asText());
            return out;
        }
        if (!node.isArray()) {
            throw new ConfigException(name + ": " + key + " must be a list of globs");
        }
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                throw new ConfigException(name + ": " + key + " must be a list of strings");
            }
            out.add(item.asText());
        }
        return out;
    }
}
