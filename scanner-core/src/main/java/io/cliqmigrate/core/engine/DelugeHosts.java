package io.cliqmigrate.core.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.ignore.FastIgnoreRule;

/**
 * The Zoho product the Deluge scripts of a root run in, where the files do not say it themselves
 * ({@code deluge.host} and {@code deluge.hosts} in {@code .cliq-migrate.yml}): a CRM function's {@code zoho.crm}
 * tasks act on that CRM and need no connection, a Creator application ignores the connection of CRM, Inventory,
 * Invoice and Projects tasks, and Cliq requires one.
 *
 * @param host  the product of every script of the root, or {@code null}
 * @param paths globs (gitignore syntax, relative to the configuration file's folder) and the product of the scripts
 *              they match; the last matching glob decides, as in a {@code .gitignore}
 */
public record DelugeHosts(String host, List<Map.Entry<String, String>> paths) {
    /** The products a setting may name; {@code other} is any product that needs a connection for every task. */
    public static final Set<String> PRODUCTS = Set.of("crm", "creator", "cliq", "other");
    public static final DelugeHosts NONE = new DelugeHosts(null, List.of());

    public DelugeHosts {
        paths = List.copyOf(paths);
    }

    /** The product of the script at {@code globPath} (relative to the configuration file's folder), if set. */
    public Optional<String> of(String globPath) {
        String found = host;
        for (Map.Entry<String, String> path : paths) {
            if (new FastIgnoreRule(path.getKey()).isMatch(globPath, false, true)) {
                found = path.getValue();
            }
        }
        return Optional.ofNullable(found);
    }

    /** For the cache's key: every setting that changes what a scan finds. */
    @Override
    public String toString() {
        return host + "|" + paths;
    }
}
