package io.github.cpaudit.data;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes a text file the way Excel on a Chinese Windows may have written it: UTF-8 with or
 * without a byte order mark, UTF-16 with one, or GB18030 (a superset of GBK and GB2312). Strict
 * UTF-8 is tried before GB18030: GB18030 accepts almost any byte sequence, UTF-8 rejects text that
 * is not UTF-8, so the order makes the guess reliable.
 */
final class TextDecoding {

    /** The text and the encoding it was read in (for messages). */
    record Decoded(String text, Charset charset) { }

    static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoding() {
    }

    /** The decoded text, or empty when the bytes are neither UTF-8 nor GB18030. */
    static Optional<Decoded> decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE);
        }
        Optional<Decoded> utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        return utf8.isPresent() ? utf8 : strict(bytes, 0, GB18030);
    }

    private static Optional<Decoded> strict(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return Optional.of(new Decoded(chars.toString(), charset));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
