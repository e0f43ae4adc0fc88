package io.cliqmigrate.core.lang.deluge;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells a Deluge script saved under another name from JavaScript, TypeScript or prose, by features only Deluge
 * has ({@code invokeurl [}, {@code info x;}, {@code zoho.crm.task(}, {@code Map()}, {@code for each x in}) against
 * features only those languages have ({@code function}, {@code const}, {@code =>}, {@code require(}).
 */
final class DelugeSniffer {
    private static final int LOOK_AT = 64 * 1024;
    private static final List<Pattern> DELUGE = List.of(
            Pattern.compile("(?i)\\binvokeurl\\s*\\["),
            Pattern.compile("(?im)^[ \\t]*info\\s+[\"a-z_(]"),
            Pattern.compile("\\bzoho\\.(?:crm|cliq|books|desk|creator|inventory|recruit|projects|sign)\\.\\w+\\("),
            Pattern.compile("(?<!new )\\b[Mm]ap\\(\\)\\s*;"),
            Pattern.compile("(?i)\\bfor\\s+each\\s+(?:index\\s+)?\\w+\\s+in\\b"),
            Pattern.compile("(?i)\\bifnull\\s*\\("));
    private static final Pattern COMMENTS = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");
    private static final Pattern OTHER = Pattern.compile(
            "\\bfunction\\b|\\bconst\\s|\\blet\\s|=>|\\brequire\\(|^[ \\t]*import\\s|console\\.log|\\bexport\\s",
            Pattern.MULTILINE);

    private DelugeSniffer() {}

    static boolean looksLikeDeluge(byte[] bytes) {
        // comments are prose ("this function pushes …"): only code counts
        String head = COMMENTS.matcher(new String(bytes, 0, Math.min(bytes.length, LOOK_AT),
                StandardCharsets.ISO_8859_1)).replaceAll(" ");
        int features = 0;
        for (Pattern p : DELUGE) {
            features += p.matcher(head).find() ? 1 : 0;
        }
        return features >= 2 && !OTHER.matcher(head).find();
    }
}
