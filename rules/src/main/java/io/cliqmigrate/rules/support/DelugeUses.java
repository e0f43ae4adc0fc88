package io.cliqmigrate.rules.support;

import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.Constant;
import io.cliqmigrate.core.code.Part;
import io.cliqmigrate.core.model.TextRange;
import io.cliqmigrate.rules.support.DelugeRequests.Request;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where else a variable a fix cleans is read. A fix that drops {@code params.put("authtoken", …)} or the token of a
 * URL variable changes every reader of that variable, while it rewrites only its own request: another reader (a
 * second postUrl, an {@code info}) then loses its token without being moved to a connection.
 */
final class DelugeUses {
    private DelugeUses() {}

    /**
     * The first use of the variable in the request's script outside the request, its assignment and its
     * {@code put} calls, as "name is also read on line N"; empty when the request is its only reader. Strings and
     * comments do not count.
     */
    static Optional<String> elsewhere(CodeFacts facts, Request request, Part.Ref ref) {
        String variable = ref.text();
        DelugeScript script = DelugeScript.around(facts, request.call().range().start());
        List<TextRange> own = new ArrayList<>();
        own.add(request.call().range());
        DelugeRequests.puts(facts, variable, request.call().range().start()).forEach(p -> own.add(p.range()));
        DelugeRequests.local(facts, ref).map(Constant::declaration).ifPresent(own::add);
        List<int[]> skipped = own.stream().filter(script::holds)
                .map(r -> new int[] {script.index(r.start()), script.index(r.end())}).toList();
        for (DelugeScript.Use use : script.uses(variable)) {
            if (skipped.stream().noneMatch(r -> r[0] <= use.start() && use.end() <= r[1])) {
                return Optional.of(variable + " is also read on line " + script.line(use.start()));
            }
        }
        return Optional.empty();
    }
}
