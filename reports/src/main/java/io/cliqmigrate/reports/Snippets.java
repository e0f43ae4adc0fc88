package io.cliqmigrate.reports;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cliqmigrate.core.model.Location;

/**
 * A finding's code in SARIF, taken from its code frame (its lines from the first, secrets already masked to the
 * length they had): the region's own text as {@code region.snippet}, and the frame's whole lines as a
 * {@code contextRegion} when they show more than the region. Nothing is shown that the frame does not.
 */
final class Snippets {
    private Snippets() {}

    static void add(ObjectNode physicalLocation, Location at, String frame) {
        if (frame == null || frame.isEmpty()) {
            return;
        }
        String[] lines = frame.split("\n", -1);
        String cut = cut(lines, at);
        if (cut == null) {
            return;
        }
        ((ObjectNode) physicalLocation.get("region")).set("snippet", SarifLocations.text(cut));
        // SARIF asks a context region to be larger than the region it holds
        if (cut.length() < frame.length()) {
            ObjectNode context = physicalLocation.putObject("contextRegion");
            context.put("startLine", at.startLine());
            context.put("endLine", at.startLine() + lines.length - 1);
            context.set("snippet", SarifLocations.text(frame));
        }
    }

    /** The region's text, or {@code null} when the frame does not show all of it (a long finding is cut short). */
    static String cut(String[] lines, Location at) {
        int last = at.endLine() - at.startLine();
        if (last >= lines.length) {
            // an end at the first column of the next line is the end of the frame's last line
            if (last != lines.length || at.endColumn() != 1) {
                return null;
            }
            last = lines.length - 1;
            return between(lines, at.startColumn(), last, lines[last].length() + 1, true);
        }
        return between(lines, at.startColumn(), last, at.endColumn(), false);
    }

    private static String between(String[] lines, int startColumn, int last, int endColumn, boolean lineBreak) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i <= last; i++) {
            String line = lines[i];
            int from = i == 0 ? Math.min(startColumn - 1, line.length()) : 0;
            int to = i == last ? Math.min(Math.max(endColumn - 1, from), line.length()) : line.length();
            text.append(line, from, to);
            if (i < last || lineBreak) {
                text.append('\n');
            }
        }
        return text.toString();
    }
}
