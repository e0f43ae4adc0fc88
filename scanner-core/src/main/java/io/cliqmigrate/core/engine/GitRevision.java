package io.cliqmigrate.core.engine;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The commit, branch, dirtiness and remote of a git work tree, for the reports. Asked of the {@code git} binary,
 * which never goes to the network for these; without one, the commit and branch are read from {@code .git/HEAD} and
 * its refs, and whether the tree is dirty stays unknown. The scanned repository may be hostile: git is run with its
 * file-system monitor hook off, takes no optional locks and never prompts.
 */
final class GitRevision {
    private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}(?:[0-9a-f]{24})?");
    /** {@code user@host:path}, git's short form of an SSH URL. */
    private static final Pattern SCP_LIKE = Pattern.compile("(?:[^@/:]+@)?([A-Za-z0-9.-]+):(?!//)(.+)");

    private GitRevision() {}

    /** The revision of the work tree at {@code topLevel}, or {@code null} when it has no commit yet. */
    static ScanResult.Git of(Path topLevel) {
        try {
            String commit = git(topLevel, "rev-parse", "--verify", "-q", "HEAD^{commit}");
            if (commit == null || !SHA.matcher(commit).matches()) {
                // no commit yet, or a repository git will not open (owned by another user): the files may say
                return fromFiles(topLevel.resolve(".git"));
            }
            String branch = git(topLevel, "symbolic-ref", "-q", "--short", "HEAD");
            String status = git(topLevel, "status", "--porcelain", "--untracked-files=no");
            String remote = git(topLevel, "config", "--get", "remote.origin.url");
            return new ScanResult.Git(commit, branch == null || branch.isEmpty() ? null : branch,
                    status == null ? null : !status.isEmpty(), remote == null ? null : repositoryUri(remote));
        } catch (IOException e) {
            return fromFiles(topLevel.resolve(".git"));
        }
    }

    private static String git(Path dir, String... args) throws IOException {
        return GitCommand.text(dir, args);
    }

    /** {@code HEAD} and the ref it names, loose or packed; a linked work tree's {@code .git} file is not followed. */
    static ScanResult.Git fromFiles(Path gitDir) {
        String head = firstLine(gitDir.resolve("HEAD"));
        if (head == null) {
            return null;
        }
        if (SHA.matcher(head).matches()) {
            return new ScanResult.Git(head, null, null, null);
        }
        if (!head.startsWith("ref: ")) {
            return null;
        }
        String ref = head.substring(5).strip();
        String commit = firstLine(gitDir.resolve(ref));
        if (commit == null) {
            commit = packed(gitDir.resolve("packed-refs"), ref);
        }
        if (commit == null || !SHA.matcher(commit).matches()) {
            return null;
        }
        String branch = ref.startsWith("refs/heads/") ? ref.substring("refs/heads/".length()) : null;
        return new ScanResult.Git(commit, branch, null, null);
    }

    private static String packed(Path packedRefs, String ref) {
        try {
            for (String line : Files.readAllLines(packedRefs, StandardCharsets.UTF_8)) {
                if (line.endsWith(" " + ref)) {
                    return line.substring(0, line.indexOf(' '));
                }
            }
        } catch (IOException e) {
            // no packed refs: the ref does not exist
        }
        return null;
    }

    private static String firstLine(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return lines.isEmpty() ? null : lines.get(0).strip();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * A remote's URL as a URI without what must not be published: user name and password (a token is often put
     * there), query and fragment. An SSH short form {@code git@host:org/repo.git} becomes
     * {@code ssh://host/org/repo.git}. A local path is no URI to share: {@code null}.
     */
    static String repositoryUri(String remote) {
        String url = remote.strip();
        Matcher scp = SCP_LIKE.matcher(url);
        if (!url.contains("://") && scp.matches()) {
            url = "ssh://" + scp.group(1) + "/" + scp.group(2).replaceFirst("^/", "");
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (scheme == null || uri.getHost() == null || scheme.toLowerCase(Locale.ROOT).equals("file")) {
                return null;
            }
            return new URI(scheme, null, uri.getHost(), uri.getPort(), uri.getPath(), null, null).toString();
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
