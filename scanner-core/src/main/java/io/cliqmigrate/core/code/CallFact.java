package io.cliqmigrate.core.code;

import io.cliqmigrate.core.model.TextRange;
import java.util.List;

/**
 * A call, constructor call ({@code name} = {@code "new Type"}) or annotation ({@code name} = {@code "@Name"}).
 * {@code chain} groups the calls that build one value: a fluent chain, or the calls on one local variable
 * ({@code sb.append(…)}, {@code builder.addQueryParameter(…)}), so rules can see the whole request.
 */
public record CallFact(String name, String receiver, List<StringExpr> args, TextRange range, TextRange nameRange,
                       String chain, String scope) {
    public CallFact {
        args = List.copyOf(args);
    }

    /** The simple name: {@code put} for {@code map.put}, {@code BasicNameValuePair} for a constructor. */
    public String simpleName() {
        String n = name.startsWith("new ") ? name.substring(4) : name.startsWith("@") ? name.substring(1) : name;
        int dot = n.lastIndexOf('.');
        return dot < 0 ? n : n.substring(dot + 1);
    }

    public boolean isConstructor() {
        return name.startsWith("new ");
    }

    public boolean isAnnotation() {
        return name.startsWith("@");
    }

    public StringExpr arg(int index) {
        return index < args.size() ? args.get(index) : null;
    }
}
