package org.rectransfer.data;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file under a temporary name in the same folder and renames it into place, so a
 * killed process leaves either the old file or the complete new one, never half of one.
 */
public final class AtomicFiles {
    private AtomicFiles() { }

    /** Writes the content of a file given its (temporary) path. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(Path temporary) throws IOException;
    }

    /** Writes the content of a file to a stream. */
    @FunctionalInterface
    public interface StreamWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    /** As {@link #write(Path, Writer)}, for content written to a stream. */
    public static void writeStream(Path target, StreamWriter writer) throws IOException {
        write(target, temporary -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
                writer.writeTo(out);
            }
        });
    }

    /**
     * Creates the parent folder if needed, writes via {@code writer}, then renames onto {@code target}.
     *
     * @throws IOException naming {@code target} and why it cannot be written (not the temporary file's name)
     */
    public static void write(Path target, Writer writer) throws IOException {
        try {
            writeAtomically(target, writer);
        } catch (java.nio.file.FileSystemException e) {
            throw cannotWrite(target, e);
        }
    }

    /** @return an exception naming {@code target} and, in words, why the file system refused it */
    public static IOException cannotWrite(Path target, java.nio.file.FileSystemException e) {
        String reason = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e instanceof java.nio.file.NoSuchFileException ? "no such folder"
                : e instanceof java.nio.file.FileAlreadyExistsException ? e.getFile() + " is a file, not a folder"
                : e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
        return new IOException("cannot write " + target + ": " + reason, e);
    }

    private static void writeAtomically(Path target, Writer writer) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, "." + target.getFileName(), ".tmp");
        try {
            writer.writeTo(temporary);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                // Temporary files are private (rw-------); results are meant to be read and shared.
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
