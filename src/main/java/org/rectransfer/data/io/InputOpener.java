package org.rectransfer.data.io;

import org.rectransfer.data.BadInputException;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Opens a data file as lines of text. Gzip is recognised by its magic bytes (0x1f 0x8b), whatever
 * the file is called; other archive formats are named and refused rather than read as garbage.
 * Text is decoded as UTF-8, malformed bytes replaced, so an odd byte in an id never stops a load.
 */
final class InputOpener {
    private static final int BUFFER = 1 << 16;

    private InputOpener() { }

    /** @throws BadInputException for a missing, unreadable, empty, truncated or binary file */
    static LineSource open(Path file) {
        if (!Files.exists(file)) throw new BadInputException(file, 0, "no such file");
        if (Files.isDirectory(file)) throw new BadInputException(file, 0, "is a directory, not a data file");
        if (!Files.isReadable(file)) throw new BadInputException(file, 0, "cannot be read (permission denied)");
        InputStream raw = null;
        try {
            raw = new BufferedInputStream(Files.newInputStream(file), BUFFER);
            InputStream content = decompressed(file, raw);
            ContentSniffer.requireText(file, content);
            return new LineSource(file, new BufferedReader(
                    new InputStreamReader(content, StandardCharsets.UTF_8), BUFFER));
        } catch (IOException e) {
            closeQuietly(raw);
            throw LineSource.translate(file, 0, e);
        } catch (RuntimeException e) {
            closeQuietly(raw);
            throw e;
        }
    }

    private static InputStream decompressed(Path file, InputStream raw) throws IOException {
        byte[] magic = peek(raw, 6);
        if (magic.length == 0) throw new BadInputException(file, 0, "empty file: no interactions");
        if (starts(magic, 0x1f, 0x8b)) {
            return new BufferedInputStream(new GZIPInputStream(raw, BUFFER), BUFFER);
        }
        String archive = archiveName(magic);
        if (archive != null) {
            throw new BadInputException(file, 0, archive + " compressed, not supported (use gzip or plain text)");
        }
        return raw;
    }

    /** Names compressed formats that would otherwise be reported as mere binary content. */
    private static String archiveName(byte[] magic) {
        if (starts(magic, 'P', 'K', 3, 4)) return "zip";
        if (starts(magic, 'B', 'Z', 'h')) return "bzip2";
        if (starts(magic, 0xfd, '7', 'z', 'X', 'Z', 0)) return "xz";
        if (starts(magic, 0x28, 0xb5, 0x2f, 0xfd)) return "zstd";
        if (starts(magic, '7', 'z', 0xbc, 0xaf)) return "7z";
        return null;
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int k = 0; k < prefix.length; k++) {
            if ((bytes[k] & 0xff) != prefix[k]) return false;
        }
        return true;
    }

    /** Reads up to {@code n} bytes and rewinds, so the stream is left as it was. */
    static byte[] peek(InputStream in, int n) throws IOException {
        in.mark(n);
        byte[] buffer = new byte[n];
        int read = 0;
        while (read < n) {
            int got = in.read(buffer, read, n - read);
            if (got < 0) break;
            read += got;
        }
        in.reset();
        return read == n ? buffer : Arrays.copyOf(buffer, read);
    }

    private static void closeQuietly(InputStream in) {
        if (in == null) return;
        try {
            in.close();
        } catch (IOException ignored) {
            // The open already failed; that failure is the one worth reporting.
        }
    }

    /** @return whether {@code e} means the compressed stream ended early */
    static boolean isTruncation(IOException e) {
        return e instanceof EOFException;
    }
}
