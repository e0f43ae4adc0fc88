package io.cliqmigrate.reports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cliqmigrate.core.model.Location;
import java.nio.charset.StandardCharsets;

/**
 * Places in SARIF: a report path as a URI relative to {@code %SRCROOT%}, and regions with 1-based lines and
 * columns (end column exclusive, as the scanner counts them).
 */
final class SarifLocations {
    static final String SRCROOT = "%SRCROOT%";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    /**
     * What a path segment may hold as written (RFC 3986 unreserved and sub-delims, and {@code @}). A colon is
     * escaped too: in a relative reference's first segment it would read as a scheme ({@code c:/x}).
     */
    private static final String KEPT = "-._~!$&'()*+,;=@/";

    private SarifLocations() {}

    /**
     * A report path (relative, forward slashes) as a URI reference: every byte of its UTF-8 that may not stand in a
     * path is percent-encoded (spaces, {@code #}, {@code %}, {@code ?}, control characters, non-ASCII), so a file
     * name can neither break the URI nor be read as a query or a fragment.
     */
    static String uri(String path) {
        StringBuilder out = new StringBuilder(path.length());
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || KEPT.indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }

    static ObjectNode artifact(String path) {
        ObjectNode artifact = MAPPER.createObjectNode();
        artifact.put("uri", uri(path));
        artifact.put("uriBaseId", SRCROOT);
        return artifact;
    }

    /** A physical location in a file, with a region when there is one. */
    static ObjectNode physical(String path, ObjectNode region) {
        ObjectNode physical = MAPPER.createObjectNode();
        physical.set("artifactLocation", artifact(path));
        if (region != null) {
            physical.set("region", region);
        }
        return physical;
    }

    /** {@code {"physicalLocation": …}}. */
    static ObjectNode location(String path, ObjectNode region) {
        ObjectNode location = MAPPER.createObjectNode();
        location.set("physicalLocation", physical(path, region));
        return location;
    }

    static ObjectNode region(Location location) {
        return region(location.startLine(), location.startColumn(), location.endLine(), location.endColumn());
    }

    static ObjectNode region(int startLine, int startColumn, int endLine, int endColumn) {
        ObjectNode region = MAPPER.createObjectNode();
        region.put("startLine", startLine);
        region.put("startColumn", startColumn);
        region.put("endLine", endLine);
        region.put("endColumn", endColumn);
        return region;
    }

    /** A line, or a point on it when the column is known; {@code null} for no position (line 0). */
    static ObjectNode line(int line, int column) {
        if (line < 1) {
            return null;
        }
        ObjectNode region = MAPPER.createObjectNode();
        region.put("startLine", line);
        if (column >= 1) {
            region.put("startColumn", column);
        }
        return region;
    }

    /** {@code {"text": …}}: a message, a description, a snippet. */
    static ObjectNode text(String text) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("text", text);
        return node;
    }
}
