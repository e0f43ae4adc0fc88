package io.cliqmigrate.rules.support;

import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.Comment;
import io.cliqmigrate.core.code.Constant;
import io.cliqmigrate.core.code.Part;
import io.cliqmigrate.core.model.TextRange;
import io.cliqmigrate.rules.support.DelugeRequests.Request;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where else a variable a fix cleans is read. A fix that drops {@code params.put("authtoken", …)} or the token of a
 * URL variable changes every reader of that variable, while it rewrites only its own request: another reader (a
 * second postUrl, an {@code info}) then loses its token without being moved to a connection.
 */
final class DelugeUses {
    private DelugeUses() {}

    /**
     * The first use of the variable outside the request, its assignment and its {@code put} calls, as "name is also
     * read on line N"; empty when the request is its only reader. Strings and comments do not count.
     */
    static Optional<String> elsewhere(CodeFacts facts, Request request, Part.Ref ref) {
        String variable = ref.text();
        List<TextRange> own = new ArrayList<>();
        own.add(request.call().range());
        DelugeRequests.puts(facts, variable).forEach(p -> own.add(p.range()));
        facts.local(ref).map(Constant::declaration).ifPresent(own::add);
        facts.strings().stream().flatMap(s -> s.parts().stream()).filter(p -> p instanceof Part.Literal)
                .map(Part::range).forEach(own::add);
        facts.comments().stream().map(Comment::range).forEach(own::add);
        String text = facts.file().text();
        Matcher use = Pattern.compile("(?<![\\w.])" + Pattern.quote(variable) + "(?!\\w)").matcher(text);
        while (use.find()) {
            TextRange at = new TextRange(use.start(), use.end());
            if (own.stream().noneMatch(r -> r.contains(at))) {
                return Optional.of(variable + " is also read on line " + facts.file().lines().line(use.start()));
            }
        }
        return Optional.empty();
    }
}
