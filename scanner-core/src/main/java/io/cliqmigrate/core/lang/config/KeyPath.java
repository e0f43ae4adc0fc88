package io.cliqmigrate.core.lang.config;

import java.util.ArrayList;
import java.util.List;

/**
 * The full key of the value being read in a nested document, written the way Spring and most tools name
 * settings: {@code zoho.cliq.authtoken}, {@code webhooks[2].url}.
 */
final class KeyPath {
    private final List<String> names = new ArrayList<>();
    /** For each open container: -1 for an object, else the index of the array's current element. */
    private final List<Integer> indexes = new ArrayList<>();
    private String pendingKey;

    void key(String name) {
        pendingKey = name;
    }

    void enterObject() {
        names.add(currentName());
        indexes.add(-1);
        pendingKey = null;
    }

    void enterArray() {
        names.add(currentName());
        indexes.add(0);
        pendingKey = null;
    }

    void leave() {
        if (!names.isEmpty()) {
            names.remove(names.size() - 1);
            indexes.remove(indexes.size() - 1);
        }
        nextElement();
    }

    /** The key of a scalar value read here; an enclosing array moves on to its next element. */
    String scalar() {
        String name = currentName();
        nextElement();
        return name;
    }

    private String currentName() {
        String parent = names.isEmpty() ? "" : names.get(names.size() - 1);
        int index = indexes.isEmpty() ? -1 : indexes.get(indexes.size() - 1);
        if (index >= 0) {
            return parent + "[" + index + "]";
        }
        if (pendingKey == null) {
            return parent;
        }
        return parent.isEmpty() ? pendingKey : parent + "." + pendingKey;
    }

    private void nextElement() {
        pendingKey = null;
        int last = indexes.size() - 1;
        if (last >= 0 && indexes.get(last) >= 0) {
            indexes.set(last, indexes.get(last) + 1);
        }
    }
}
