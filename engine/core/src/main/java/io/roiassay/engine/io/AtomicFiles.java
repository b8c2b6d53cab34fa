package io.roiassay.engine.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file atomically: into a temporary file beside it, renamed into place when complete. A reader
 * never sees half a file, and a failed write leaves nothing behind (the temporary file is removed).
 *
 * <p>Only regular files are replaced. A symbolic link is followed (the file it names is written, the link
 * stays); a target that exists and is not a regular file ({@code /dev/null}, {@code /dev/stdout}, a named
 * pipe) is written in place, as any other program would: renaming over it replaced the device with a
 * regular file holding the output (seen with {@code batch --out /dev/null} run as root).
 *
 * <p>A file that is replaced keeps its permissions (a report the user made private stays private; the renamed
 * temporary file had the umask's), and a file the user may not write is not replaced: renaming over it would
 * succeed where writing to it is refused.
 */
public final class AtomicFiles {

    /** Writes the content of one file. */
    @FunctionalInterface
    public interface Content {
        /** Writes everything to {@code out}; the caller closes it. */
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes bytes to {@code target} atomically. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /** Streams content to {@code target} atomically (buffered), e.g. a batch's report lines. */
    public static void write(Path target, Content content) throws IOException {
        Path file = target.toAbsolutePath();
        if (Files.isSymbolicLink(file)) {
            // the file the link names, made if missing; the link itself stays
            file = Files.exists(file) ? file.toRealPath()
                    : file.resolveSibling(Files.readSymbolicLink(file)).toAbsolutePath().normalize();
        }
        if (Files.isDirectory(file)) {
            throw new IOException(target + " is a directory");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                content.writeTo(out);
            }
            return;
        }
        Path dir = file.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new IOException("directory " + dir + " does not exist");
        }
        boolean replacing = Files.isRegularFile(file);
        if (replacing && !Files.isWritable(file)) {
            throw new java.nio.file.AccessDeniedException(file.toString(), null, "the file is read-only (no write permission)");
        }
        Path tmp = null;
        OutputStream raw = null;
        for (int attempt = 0; raw == null; attempt++) {
            // Not Files.createTempFile: it makes the file mode 600 whatever the umask; the report is the
            // user's file, created as any other program would create it (0666 less the umask).
            tmp = (dir == null ? Path.of("") : dir).resolve("." + file.getFileName() + "."
                    + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                raw = Files.newOutputStream(tmp, java.nio.file.StandardOpenOption.CREATE_NEW,
                        java.nio.file.StandardOpenOption.WRITE);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            } catch (IOException e) {
                // the temporary file's name means nothing to the user: say what the folder refused
                String why = e instanceof java.nio.file.NoSuchFileException ? "the file system does not take new files there"
                        : reason(e);
                throw new java.nio.file.FileSystemException(file.toString(), null, "cannot create a file in the folder "
                        + (dir == null ? "." : dir) + " (the output is written beside " + file.getFileName()
                        + " and renamed into place): " + why);
            }
        }
        try {
            try (OutputStream out = new BufferedOutputStream(raw, 1 << 16)) {
                content.writeTo(out);
            }
            if (replacing) {
                keepPermissions(file, tmp);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Why the system refused a file, in words without the file's name (the caller names the file the user gave): the
     * reason a {@link java.nio.file.FileSystemException} carries, "permission denied", or the exception's message.
     */
    public static String reason(IOException e) {
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Gives {@code tmp} the POSIX permissions of {@code file} (nothing on a file system without them). */
    private static void keepPermissions(Path file, Path tmp) throws IOException {
        try {
            Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(file));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the renamed file has the default permissions
        }
    }
}
