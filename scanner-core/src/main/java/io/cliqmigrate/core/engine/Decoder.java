package io.cliqmigrate.core.engine;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns bytes into text: a BOM first, then UTF-16 told by its zero bytes, then strict UTF-8, then ISO-8859-1 (which
 * reads any byte). {@code Decoded.note} says why a file was not read as plain UTF-8, for the report.
 */
final class Decoder {
    private static final int SAMPLE = 8000;

    record Decoded(String text, Charset charset, boolean bom, String note) {}

    /** What a file's first bytes say: binary, UTF-16 ({@code utf16} set), or bytes to decode as UTF-8 or Latin-1. */
    record Sniff(boolean binary, Charset utf16) {}

    private Decoder() {}

    /**
     * One pass over the first bytes. Text in UTF-16 has a zero byte in each code unit of an ASCII character, always
     * on the same side; binary data has zeros on both sides, or zeros with no such pattern.
     */
    static Sniff sniff(byte[] bytes, int length) {
        Charset bom = utf16Bom(bytes, length);
        if (bom != null) {
            return new Sniff(false, bom);
        }
        int limit = Math.min(length, SAMPLE) & ~1;
        int zerosEven = 0;
        int zerosOdd = 0;
        for (int i = 0; i < limit; i += 2) {
            zerosEven += bytes[i] == 0 ? 1 : 0;
            zerosOdd += bytes[i + 1] == 0 ? 1 : 0;
        }
        if (length > limit && limit < SAMPLE && bytes[limit] == 0) {
            zerosEven++; // the odd last byte of a short file
        }
        if (zerosEven + zerosOdd == 0) {
            return new Sniff(false, null);
        }
        int units = limit / 2;
        if (units >= 4 && zerosOdd * 10 >= units * 3 && zerosEven * 50 <= units) {
            return new Sniff(false, StandardCharsets.UTF_16LE);
        }
        if (units >= 4 && zerosEven * 10 >= units * 3 && zerosOdd * 50 <= units) {
            return new Sniff(false, StandardCharsets.UTF_16BE);
        }
        return new Sniff(true, null);
    }

    static Decoded decode(byte[] bytes, boolean latin1IsNormal) {
        Charset utf16 = utf16Bom(bytes, bytes.length);
        if (utf16 != null) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, utf16), utf16, true, "byte-order mark");
        }
        utf16 = sniff(bytes, bytes.length).utf16();
        if (utf16 != null) {
            return new Decoded(new String(bytes, utf16), utf16, false, "UTF-16 without a byte-order mark");
        }
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF;
        int offset = bom ? 3 : 0;
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return new Decoded(chars.toString(), StandardCharsets.UTF_8, bom, null);
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, offset, bytes.length - offset, StandardCharsets.ISO_8859_1),
                    StandardCharsets.ISO_8859_1, bom, latin1IsNormal
                            ? "not valid UTF-8; ISO-8859-1 is the default of .properties files"
                            : "not valid UTF-8; read as ISO-8859-1");
        }
    }

    private static Charset utf16Bom(byte[] bytes, int length) {
        if (length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }
}
