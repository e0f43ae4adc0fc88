package io.cliqmigrate.core.engine;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns bytes into text: a BOM first (UTF-32, UTF-16, UTF-8), then UTF-16 told by its zero bytes, then strict UTF-8,
 * then ISO-8859-1 (which reads any byte). {@code Decoded.note} says why a file was not read as plain UTF-8, for the
 * report.
 */
final class Decoder {
    private static final int SAMPLE = 8000;

    record Decoded(String text, Charset charset, boolean bom, String note) {}

    /**
     * What a file's first bytes say: binary, text in UTF-16 or UTF-32 ({@code wide} set: its bytes cannot be searched
     * for words as they are), or bytes to decode as UTF-8 or Latin-1.
     */
    record Sniff(boolean binary, Charset wide) {}

    private Decoder() {}

    /**
     * One pass over the first bytes. Text in UTF-16 has a zero byte in each code unit of an ASCII character, always
     * on the same side; binary data has zeros on both sides, or zeros with no such pattern.
     */
    static Sniff sniff(byte[] bytes, int length) {
        Charset bom = wideBom(bytes, length);
        if (bom != null) {
            return new Sniff(false, bom);
        }
        int limit = Math.min(length, SAMPLE) & ~1;
        if (!hasZero(bytes, Math.min(length, SAMPLE))) {
            return TEXT; // nearly every file: no zero byte at all
        }
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
        if (units >= 4 && zerosOdd * 10 >= units * 3 && zerosEven * 50 <= units && asciiIsText(bytes, limit, 0)) {
            return new Sniff(false, StandardCharsets.UTF_16LE);
        }
        if (units >= 4 && zerosEven * 10 >= units * 3 && zerosOdd * 50 <= units && asciiIsText(bytes, limit, 1)) {
            return new Sniff(false, StandardCharsets.UTF_16BE);
        }
        return new Sniff(true, null);
    }

    private static final Sniff TEXT = new Sniff(false, null);

    /** Whether one of the first {@code length} bytes is zero, tested eight bytes at a time. */
    private static boolean hasZero(byte[] bytes, int length) {
        int i = 0;
        for (int last = length - 8; i <= last; i += 8) {
            if (Swar.zeroBytes(Swar.longAt(bytes, i)) != 0) {
                return true;
            }
        }
        for (; i < length; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the code units below 256 are characters of text (tabs, line ends, printable ASCII and Latin-1), as in
     * UTF-16 text; 16-bit samples of a sound or a table of small numbers have zeros on one side too, but their other
     * byte is anything. {@code low}: the offset of a unit's low byte (0 little-endian, 1 big-endian).
     */
    private static boolean asciiIsText(byte[] bytes, int limit, int low) {
        int narrow = 0;
        int control = 0;
        for (int i = 0; i < limit; i += 2) {
            if (bytes[i + 1 - low] == 0) {
                int c = bytes[i + low] & 0xff;
                narrow++;
                control += c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7f && c < 0xa0 ? 1 : 0;
            }
        }
        return control * 50 <= narrow;
    }

    static Decoded decode(byte[] bytes, boolean latin1IsNormal) {
        Charset wide = wideBom(bytes, bytes.length);
        if (wide != null) {
            int bom = wide.name().startsWith("UTF-32") ? 4 : 2;
            return new Decoded(new String(bytes, bom, bytes.length - bom, wide), wide, true, "byte-order mark");
        }
        Charset utf16 = sniff(bytes, bytes.length).wide();
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

    private static Charset wideBom(byte[] bytes, int length) {
        // FF FE 00 00 starts UTF-32LE; read as UTF-16LE it would be a NUL after the BOM, and the text lost
        if (length >= 4 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE && bytes[2] == 0 && bytes[3] == 0) {
            return Charset.forName("UTF-32LE");
        }
        if (length >= 4 && bytes[0] == 0 && bytes[1] == 0 && (bytes[2] & 0xff) == 0xFE && (bytes[3] & 0xff) == 0xFF) {
            return Charset.forName("UTF-32BE");
        }
        if (length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }
}
