package io.cliqmigrate.core.engine;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.ignore.FastIgnoreRule;

/**
 * The Zoho product the Deluge scripts of a root run in, where the files do not say it themselves
 * ({@code deluge.host} and {@code deluge.hosts} in {@code .cliq-migrate.yml}): a CRM function's {@code zoho.crm}
 * tasks act on that CRM and need no connection, a Creator application ignores the connection of CRM, Inventory,
 * Invoice and Projects tasks, and Cliq requires one.
 */
public final class DelugeHosts {
    /** The products a setting may name; {@code other} is any product that needs a connection for every task. */
    public static final Set<String> PRODUCTS = Set.of("crm", "creator", "cliq", "other");
    public static final DelugeHosts NONE = new DelugeHosts(null, List.of());

    private final String host;
    private final List<Map.Entry<String, String>> paths;
    /** The globs of {@link #paths}, read once for every script of the root. */
    private final List<FastIgnoreRule> globs;

    /**
     * @param host  the product of every script of the root, or {@code null}
     * @param paths globs (gitignore syntax, relative to the configuration file's folder) and the product of the
     *              scripts they match; the last matching glob decides, as in a {@code .gitignore}
     */
    public DelugeHosts(String host, List<Map.Entry<String, String>> paths) {
        this.host = host;
        this.paths = List.copyOf(paths);
        this.globs = this.paths.stream().map(p -> new FastIgnoreRule(p.getKey())).toList();
    }

    /** The product of the script at {@code globPath} (relative to the configuration file's folder), if set. */
    public Optional<String> of(String globPath) {
        String found = host;
        for (int i = 0; i < globs.size(); i++) {
            if (globs.get(i).isMatch(globPath, false, true)) {
                found = paths.get(i).getValue();
            }
        }
        return Optional.ofNullable(found);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DelugeHosts other && Objects.equals(host, other.host) && paths.equals(other.paths);
    }

    @Override
    public int hashCode() {
        return Objects.hash(host, paths);
    }

    /** For the cache's key: every setting that changes what a scan finds. */
    @Override
    public String toString() {
        return host + "|" + paths;
    }
}
