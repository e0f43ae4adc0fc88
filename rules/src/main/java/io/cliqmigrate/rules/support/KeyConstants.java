package io.cliqmigrate.rules.support;

import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.Constant;
import io.cliqmigrate.core.code.Part;
import io.cliqmigrate.core.code.StringExpr;
import java.util.Optional;

/**
 * Constants of a file written where a key goes ({@code .queryParam(AUTH_TOKEN_KEY, token)}): the lexical read
 * gives such a key as a reference to the constant, which a rule resolves here.
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
}
