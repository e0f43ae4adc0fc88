package io.cliqmigrate.core.lang.deluge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where Deluge sits inside other files: the regions of a Creator application export ({@code .ds}), and the
 * {@code "script"} string fields of Cliq bot, command and function exports (JSON).
 */
final class DelugeContainers {
    private static final Pattern EXPORT_HEADER = Pattern.compile("(?m)^[ \\t]*application\\s+\"");
    /**
     * Openers of Deluge regions in an export: the function section, action scripts, and the blocks of form and
     * field events ({@code on add}, {@code on validate}, {@code on user input of Field} …) that hold workflow
     * scripts. An event block that holds other openers (an {@code on add} with its {@code on validate} and
     * {@code on success}) is a frame whose inner blocks are the scripts.
     */
    private static final Pattern REGION = Pattern.compile(
            "(?i)\\bfunctions\\s*\\{\\s*Deluge\\s*\\{|\\bcustom\\s+deluge\\s+script\\s*\\(|\\bon\\s+click\\s*\\("
                    + "|\\bon\\s+(?:add\\s+or\\s+edit|add|edit|load|validate|success|delete|update|commit"
                    + "|user\\s+input(?:\\s+of\\s+\\w+)?)\\s*\\{");
    private static final Pattern SCRIPT_FIELD = Pattern.compile("\"(?:script|handler|deluge)\"\\s*:\\s*\"",
            Pattern.CASE_INSENSITIVE);
    /**
     * Marks of JSON exported by other tools that also name a field {@code "script"}: a Postman collection keeps
     * its test scripts in {@code event[].script.exec}, and is a request configuration whose key paths matter.
     */
    private static final Pattern OTHER_TOOL = Pattern.compile(
            "\"_postman_id\"|schema\\.getpostman\\.com|\"_postman_variable_scope\"|\"_type\"\\s*:\\s*\"export\"");

    /** A script decoded from a JSON string, with the container offset of each of its characters. */
    record Embedded(String text, int[] offsets) {
        int toContainer(int offset) {
            if (offsets.length == 0) {
                return 0;
            }
            return offsets[Math.max(0, Math.min(offset, offsets.length - 1))];
        }
    }

    private DelugeContainers() {}

    /** A script's text inside a JSON string: what rules read is unescaped, what fixes write is escaped again. */
    static final io.cliqmigrate.core.code.TextCodec JSON_STRING = new io.cliqmigrate.core.code.TextCodec() {
        private final com.fasterxml.jackson.databind.ObjectMapper mapper =
                new com.fasterxml.jackson.databind.ObjectMapper();

        @Override
        public String decode(String container) {
            try {
                return mapper.readValue("\"" + container + "\"", String.class);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalArgumentException("not the inside of a JSON string", e);
            }
        }

        @Override
        public String encode(String text) {
            return new String(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(text));
        }
    };

    static boolean isCreatorExport(String text) {
        return EXPORT_HEADER.matcher(text).find();
    }

    /**
     * A Creator page's script, copied out of its editor: markup around Deluge scriptlets ({@code <%{ … }%>}), which
     * begins with markup or a scriptlet (a script never begins with {@code <}).
     */
    static boolean isPageScript(String text) {
        return text.contains("<%") && PAGE_START.matcher(text).lookingAt();
    }

    private static final Pattern PAGE_START = Pattern.compile("\\uFEFF?\\s*(?:<%|<[A-Za-z!])");

    /** A page script with its markup blanked out (line breaks kept): the Deluge of its scriptlets, in place. */
    static String pageDeluge(String text) {
        char[] masked = blank(text);
        unmaskScriptlets(text, masked);
        return new String(masked);
    }

    /**
     * Puts back the code of each {@code <% … %>} scriptlet, the delimiters left blank: one page's scriptlets are one
     * script whose blocks run across them ({@code <%{ for each r in Form[…] { %> <tr>…</tr> <% } }%>}). A
     * {@code <%= … %>} scriptlet prints a value into the markup and is no statement, so it stays blank, and so does
     * a scriptlet never closed: the markup after it is not code.
     */
    private static void unmaskScriptlets(String text, char[] masked) {
        int open = text.indexOf("<%");
        while (open >= 0) {
            int close = text.indexOf("%>", open + 2);
            if (close < 0) {
                return;
            }
            if (!text.startsWith("<%=", open)) {
                for (int i = open + 2; i < close; i++) {
                    masked[i] = text.charAt(i);
                }
            }
            open = text.indexOf("<%", close + 2);
        }
    }

    private static char[] blank(String text) {
        char[] masked = new char[text.length()];
        for (int i = 0; i < masked.length; i++) {
            char c = text.charAt(i);
            masked[i] = c == '\n' || c == '\r' ? c : ' ';
        }
        return masked;
    }

    /**
     * The export with everything that is not Deluge blanked out (line breaks kept), so offsets and lines of the
     * Deluge regions are those of the export itself.
     */
    static String creatorExportDeluge(String text) {
        char[] masked = blank(text);
        Matcher m = REGION.matcher(text);
        int from = 0;
        while (m.find(from)) {
            char open = text.charAt(m.end() - 1);
            int close = closing(text, m.end() - 1, open, open == '(' ? ')' : '}');
            String body = text.substring(m.end(), Math.max(m.end(), close));
            boolean event = m.group().toLowerCase(java.util.Locale.ROOT).startsWith("on");
            if (event && open == '{' && REGION.matcher(body).find()) {
                from = m.end(); // a frame: its inner event blocks and action scripts are the regions
                continue;
            }
            // a report's "action ( on click ( View Record ) )" and a form's "on add { submit ( … ) }" are menus
            // and buttons, not scripts: scripts have statements
            boolean menu = event && body.indexOf(';') < 0;
            if (!menu) {
                for (int i = m.end(); i < close; i++) {
                    masked[i] = text.charAt(i);
                }
            }
            from = Math.max(m.end(), close);
        }
        return new String(masked);
    }

    /**
     * Whether a JSON file is a Zoho export that carries Deluge (a Cliq bot, command or function export): one of
     * its script fields holds Deluge, and no other tool's marks are on it. Anything else that says
     * {@code "script"} is plain JSON configuration.
     */
    static boolean isDelugeExport(String json) {
        return SCRIPT_FIELD.matcher(json).find() && !OTHER_TOOL.matcher(json).find() && !jsonScripts(json).isEmpty();
    }

    /** Deluge scripts in {@code "script": "…"} fields whose value reads like Deluge. */
    static List<Embedded> jsonScripts(String text) {
        List<Embedded> scripts = new ArrayList<>();
        Matcher m = SCRIPT_FIELD.matcher(text);
        while (m.find()) {
            StringBuilder value = new StringBuilder();
            List<Integer> offsets = new ArrayList<>();
            int i = m.end();
            while (i < text.length() && text.charAt(i) != '"') {
                char c = text.charAt(i);
                if (c == '\\' && i + 1 < text.length()) {
                    char e = text.charAt(i + 1);
                    if (e == 'u' && i + 5 < text.length() && isHex(text, i + 2, i + 6)) {
                        value.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                        offsets.add(i);
                        i += 6;
                        continue;
                    }
                    value.append(switch (e) {
                        case 'n' -> '\n';
                        case 't' -> '\t';
                        case 'r' -> '\r';
                        case 'b' -> '\b';
                        case 'f' -> '\f';
                        default -> e;
                    });
                    offsets.add(i);
                    i += 2;
                } else {
                    value.append(c);
                    offsets.add(i);
                    i++;
                }
            }
            offsets.add(i); // the closing quote stands for "just past the script"
            if (looksLikeDeluge(value)) {
                scripts.add(new Embedded(value.toString(), offsets.stream().mapToInt(Integer::intValue).toArray()));
            }
        }
        return scripts;
    }

    private static boolean isHex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeDeluge(CharSequence s) {
        String text = s.toString();
        return text.contains(";") && (text.contains("Map()") || text.contains("zoho.") || text.contains("info ")
                || text.toLowerCase(java.util.Locale.ROOT).contains("invokeurl") || text.contains("return ")
                || text.contains(".put(") || text.contains("getUrl(") || text.contains("postUrl("));
    }

    /** The index of the bracket closing the one at {@code open}, skipping strings and comments. */
    private static int closing(String text, int open, char opening, char closing) {
        int depth = 0;
        int i = open;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                int end = text.indexOf(c, i + 1);
                while (end > 0 && text.charAt(end - 1) == '\\') {
                    end = text.indexOf(c, end + 1);
                }
                i = end < 0 ? text.length() : end + 1;
                continue;
            }
            if (text.startsWith("//", i)) {
                int end = text.indexOf('\n', i);
                i = end < 0 ? text.length() : end;
                continue;
            }
            if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? text.length() : end + 2;
                continue;
            }
            if (c == opening) {
                depth++;
            } else if (c == closing && --depth == 0) {
                return i;
            }
            i++;
        }
        return text.length();
    }
}
