package org.rectransfer.data.io;

import org.rectransfer.data.BadInputException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Refuses binary content before any line is read: a binary file may hold no newline for
 * gigabytes, and reading it line by line would then try to build one giant string.
 *
 * <p>The first 8 KB (after decompression) are binary when they hold a NUL byte, or when more
 * than 10% of them are control characters (other than tab, newline, carriage return, form feed,
 * vertical tab and escape) or bytes that are not valid UTF-8.
 */
final class ContentSniffer {
    static final int WINDOW = 8192;
    private static final double MAX_SUSPICIOUS = 0.10;

    private ContentSniffer() { }

    /** Checks the start of {@code content} (which must support mark/reset) and rewinds it. */
    static void requireText(Path file, InputStream content) throws IOException {
        byte[] head = InputOpener.peek(content, WINDOW);
        if (head.length == 0) throw new BadInputException(file, 0, "empty file: no interactions");
        if (isBinary(head)) throw new BadInputException(file, 0, "binary content, not a text data file");
    }

    /** @return whether {@code bytes} look like binary data rather than text */
    static boolean isBinary(byte[] bytes) {
        int suspicious = 0;
        for (byte b : bytes) {
            if (b == 0) return true;
            if (b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0b && b != 0x1b) {
                suspicious++;
            }
        }
        suspicious += invalidUtf8Bytes(bytes);
        return suspicious > MAX_SUSPICIOUS * bytes.length;
    }

    /** Counts bytes that are not part of a valid UTF-8 sequence; a sequence cut by the window end is fine. */
    private static int invalidUtf8Bytes(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        int invalid = 0;
        while (true) {
            CoderResult result = decoder.decode(in, out, false);
            if (!result.isError()) return invalid;
            invalid += result.length();
            in.position(in.position() + result.length());
        }
    }
}
