package io.cliqmigrate.rules.support;

import io.cliqmigrate.core.code.CallFact;
import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.Constant;
import io.cliqmigrate.core.code.Part;
import io.cliqmigrate.core.code.StringExpr;
import io.cliqmigrate.core.model.TextRange;
import java.util.List;
import java.util.Optional;

/**
 * Constants of a file written where a key goes ({@code .with(PASSWORD_KEY, password)}): the pair is where the
 * constant is used, so a rule reports it there, and not its declaration a second time.
 */
public final class KeyConstants {
    private KeyConstants() {
    }

    /** The file's own constant a call's key argument names, if it is one. */
    public static Optional<Constant> named(CodeFacts facts, StringExpr key) {
        if (key == null || key.parts().size() != 1 || !(key.parts().get(0) instanceof Part.Ref ref)) {
            return Optional.empty();
        }
        return facts.local(ref);
    }

    /** Whether a value written at {@code range} is a constant some call of the file uses as a key. */
    public static boolean usedAsKey(CodeFacts facts, TextRange range) {
        for (CallFact call : facts.calls()) {
            if (!call.args().isEmpty() && named(facts, call.arg(0))
                    .filter(c -> c.value().range().overlaps(range)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The calls whose key argument is a constant of the file holding exactly {@code value}. */
    public static List<CallFact> keyedBy(CodeFacts facts, String value) {
        return facts.calls().stream().filter(call -> !call.args().isEmpty() && named(facts, call.arg(0))
                .filter(c -> value.equals(c.value().literalValue())).isPresent()).toList();
    }
}
