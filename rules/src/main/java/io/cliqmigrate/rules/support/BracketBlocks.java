package io.cliqmigrate.rules.support;

import io.cliqmigrate.core.model.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The blocks a pattern opens: what lies between the bracket each match ends with and its closing bracket. */
public final class BracketBlocks {
    private BracketBlocks() {}

    /**
     * For each match of {@code opening}, whose last character is an opening bracket ({@code return [},
     * {@code settings default: {}), the text from just after it to its closing bracket; a block left open is none.
     */
    public static List<TextRange> after(String text, Pattern opening) {
        List<TextRange> blocks = new ArrayList<>();
        Matcher m = opening.matcher(text);
        while (m.find()) {
            int depth = 0;
            for (int i = m.end() - 1; i < text.length(); i++) {
                char c = text.charAt(i);
                depth += c == '{' || c == '[' || c == '(' ? 1 : c == '}' || c == ']' || c == ')' ? -1 : 0;
                if (depth == 0) {
                    blocks.add(new TextRange(m.end(), i));
                    break;
                }
            }
        }
        return blocks;
    }
}
