package whosaid.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns file bytes into text, refusing what is not text: NUL bytes (a binary file), bytes that are not UTF-8,
 * and files with nothing but whitespace. A leading UTF-8 byte-order mark is dropped.
 */
final class StrictUtf8 {

    String decode(String source, byte[] content) throws BadInputException {
        for (int k = 0; k < content.length; k++) {
            if (content[k] == 0) {
                throw new BadInputException(source, lineOf(content, k), "binary file (NUL byte), not text");
            }
        }
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
        CharBuffer out = CharBuffer.allocate(content.length);
        try {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                result = decoder.flush(out);
            }
            if (result.isError()) {
                // The decoder stops at the first bad byte, so its position names the line.
                int bad = Math.min(in.position(), content.length - 1);
                throw new BadInputException(source, lineOf(content, bad),
                        "not valid UTF-8 (byte 0x" + String.format("%02X", content[bad] & 0xFF)
                                + " at offset " + bad + ")");
            }
            if (result.isOverflow()) {
                result.throwException();
            }
        } catch (CharacterCodingException e) {
            throw new BadInputException(source, 0, "not valid UTF-8", e);
        }
        out.flip();
        String text = out.toString();
        if (text.isBlank()) {
            throw new BadInputException(source, 0, "empty file");
        }
        return text;
    }

    private static int lineOf(byte[] content, int offset) {
        int line = 1;
        for (int k = 0; k < offset && k < content.length; k++) {
            if (content[k] == '\n') {
                line++;
            }
        }
        return line;
    }
}
