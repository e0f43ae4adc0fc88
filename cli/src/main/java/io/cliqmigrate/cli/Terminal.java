package io.cliqmigrate.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Whether standard streams are terminals, and whether colour is wanted (NO_COLOR, TERM=dumb). */
final class Terminal {
    private Terminal() {}

    static boolean isTerminal(int fd) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return System.console() != null;
        }
    }

    static boolean colorAllowed(Map<String, String> env) {
        String noColor = env.get("NO_COLOR");
        return (noColor == null || noColor.isEmpty()) && !"dumb".equals(env.get("TERM"));
    }
}
