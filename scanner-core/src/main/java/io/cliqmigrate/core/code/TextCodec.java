package io.cliqmigrate.core.code;

/**
 * How a language is written inside a container: a Deluge script in a JSON string is JSON-escaped. Rules read
 * and write the embedded language's own text; the codec translates at the border.
 */
public interface TextCodec {
    /** The embedded text of {@code container}, a slice of the container that starts and ends between characters. */
    String decode(String container);

    /** {@code text} written in the container's escaping. */
    String encode(String text);
}
