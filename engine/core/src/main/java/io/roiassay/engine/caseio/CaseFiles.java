package io.roiassay.engine.caseio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Reads a case file's text, turning file-system failures into case errors a person can act on. */
public final class CaseFiles {

    /** The largest case accepted, in bytes (UTF-8) of a file or of a JSONL line: 2 MiB. */
    public static final int MAX_CASE_BYTES = 2 * 1024 * 1024;

    /**
     * How deep lists and objects may nest in a case. A case needs four (the case, uncertainty, drivers, a driver's
     * range); the parser's own limit (1,000) answered with a path of a thousand {@code [0]} and Java names.
     */
    public static final int MAX_NESTING = 32;

    private CaseFiles() {
    }

    /** Refuses text over {@link #MAX_CASE_BYTES} before it is parsed. */
    static void checkSize(String name, long size) throws CaseException {
        if (size > MAX_CASE_BYTES) {
            throw error(name, "the case is " + size + " bytes; a case may be at most " + MAX_CASE_BYTES
                    + " bytes (2 MiB)");
        }
    }

    /** The file's text, decoded as UTF-8. */
    static String readText(Path file) throws CaseException {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw error(name, "is a directory, not a case file");
        }
        try {
            checkSize(name, Files.size(file));
            byte[] bytes = readAtMost(file, MAX_CASE_BYTES);
            if (bytes == null) {
                throw error(name, "the case is more than " + MAX_CASE_BYTES + " bytes; a case may be at most "
                        + MAX_CASE_BYTES + " bytes (2 MiB)");
            }
            return strictUtf8(bytes);
        } catch (NoSuchFileException e) {
            throw error(name, "file not found");
        } catch (AccessDeniedException e) {
            throw error(name, "cannot read the file: permission denied");
        } catch (CharacterCodingException e) {
            throw error(name, "the file is not UTF-8 text; save it as UTF-8");
        } catch (NamedPipeException e) {
            throw error(name, e.getMessage());
        } catch (IOException e) {
            throw error(name, "cannot read the file: " + (e.getMessage() == null ? "I/O error" : e.getMessage()));
        }
    }

    /**
     * A file's bytes, or null when it holds more than {@code limit}: read with the bound, not by the size the file
     * reports, since a device or a pipe ({@code /dev/zero}, {@code <(yes)}) reports none and would otherwise be read
     * until the heap runs out. Also for report files ({@code verify}, {@code diff}).
     */
    public static byte[] readAtMost(Path file, int limit) throws IOException {
        if (isNamedPipe(file)) {
            throw new NamedPipeException();
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(limit + 1);
            return bytes.length > limit ? null : bytes;
        }
    }

    /** {@link #readAtMost} was given a named pipe ({@link #isNamedPipe}); the message says what to give instead. */
    public static final class NamedPipeException extends IOException {
        NamedPipeException() {
            super("it is a named pipe (mkfifo), which waits for something to write to it: give a file, or send the text"
                    + " to standard input with -");
        }
    }

    /**
     * Whether {@code file} is a named pipe made with mkfifo: opening one waits until something writes to it, which may
     * be never (a hardening review's {@code assess fifo.yaml} hung). A shell's process substitution ({@code <(…)},
     * {@code /dev/fd/63}) is a pipe too, but one with a writer: read.
     */
    static boolean isNamedPipe(Path file) {
        String at = file.toAbsolutePath().normalize().toString();
        if (at.startsWith("/dev/fd/") || at.equals("/dev/stdin") || at.matches("/proc/(self|thread-self|\\d+)/fd/\\d+")) {
            return false;
        }
        try {
            return (((Integer) Files.getAttribute(file, "unix:mode")) & 0170000) == 0010000;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return false; // no such file (said when it is read), or a file system without Unix modes
        }
    }

    /** The bytes as UTF-8 text; {@link CharacterCodingException} when they are not UTF-8 (never replaced). */
    public static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** Drops a leading byte-order mark, which editors on Windows like to add and parsers reject. */
    static String withoutBom(String content) {
        return content.startsWith("\uFEFF") ? content.substring(1) : content;
    }

    private static CaseException error(String file, String message) {
        return new CaseException(List.of(new CaseError(file, Pointers.ROOT_PATH, null, null, message)));
    }
}
