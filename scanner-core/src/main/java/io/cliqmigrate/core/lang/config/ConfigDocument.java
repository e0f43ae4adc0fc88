package io.cliqmigrate.core.lang.config;

import io.cliqmigrate.core.code.Comment;
import io.cliqmigrate.core.code.SourceOffsets;
import io.cliqmigrate.core.model.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * What a reader found in one configuration file: the settings, grouped by the document they belong to (a YAML
 * stream holds several, each possibly for one Spring profile), and the comments.
 */
final class ConfigDocument {
    private final List<ConfigEntry> entries = new ArrayList<>();
    private final List<String> profiles = new ArrayList<>();
    private final List<Comment> comments = new ArrayList<>();
    private int documentStart;

    /** A setting; {@code path} and {@code keyRange} are {@code null} for a value that no key names. */
    void entry(String path, TextRange keyRange, String value, TextRange valueRange) {
        entry(path, keyRange, value, valueRange, (SourceOffsets) null);
    }

    /** A setting whose value the reader unescaped, with where each of its characters is written. */
    void entry(String path, TextRange keyRange, String value, TextRange valueRange, SourceOffsets offsets) {
        boolean keyless = path == null || path.isEmpty();
        entries.add(new ConfigEntry(keyless ? null : path, keyless ? null : keyRange, value, valueRange, offsets));
        profiles.add("");
    }

    /** A setting whose value was read as {@code written}: its offsets kept when it reads as {@code value}. */
    void entry(String path, TextRange keyRange, String value, TextRange valueRange, SourceOffsets.Builder written) {
        entry(path, keyRange, value, valueRange, written.offsetsFor(value));
    }

    void comment(String text, TextRange range) {
        comments.add(new Comment(text, range));
    }

    /**
     * Ends a document of a multi-document file. Its settings belong to the Spring profile it activates
     * ({@code spring.config.activate.on-profile} or the older {@code spring.profiles}), if any.
     */
    void endDocument() {
        String profile = "";
        for (int i = documentStart; i < entries.size(); i++) {
            String path = entries.get(i).path();
            if ("spring.config.activate.on-profile".equals(path) || "spring.profiles".equals(path)) {
                profile = entries.get(i).value().trim();
            }
        }
        for (int i = documentStart; i < entries.size(); i++) {
            profiles.set(i, profile);
        }
        documentStart = entries.size();
    }

    List<ConfigEntry> entries() {
        return entries;
    }

    /** The Spring profile of the entry at {@code index}, or "" when its document is for every profile. */
    String profile(int index) {
        return profiles.get(index);
    }

    List<Comment> comments() {
        return comments;
    }
}
