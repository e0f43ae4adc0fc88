package io.cliqmigrate.core.engine;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns bytes into text: BOM first, then strict UTF-8, then ISO-8859-1 (which reads any byte). */
final class Decoder {

    record Decoded(String text, Charset charset, boolean bom, boolean fellBack) {}

    private Decoder() {}

    static boolean looksBinary(byte[] bytes, int length) {
        if (utf16Bom(bytes, length) != null) {
            return false;
        }
        int limit = Math.min(length, 8000);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    static boolean hasUtf16Bom(byte[] bytes, int length) {
        return utf16Bom(bytes, length) != null;
    }

    static Decoded decode(byte[] bytes, boolean latin1IsNormal) {
        Charset utf16 = utf16Bom(bytes, bytes.length);
        if (utf16 != null) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, utf16), utf16, true, false);
        }
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF;
        int offset = bom ? 3 : 0;
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return new Decoded(chars.toString(), StandardCharsets.UTF_8, bom, false);
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, offset, bytes.length - offset, StandardCharsets.ISO_8859_1),
                    StandardCharsets.ISO_8859_1, bom, !latin1IsNormal);
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
