package io.roiassay.engine.caseio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Reads a case file's text, turning file-system failures into case errors a person can act on. */
public final class CaseFiles {

    /** The largest case accepted, in bytes of a file or characters of a JSONL line: 2 MiB. */
    public static final int MAX_CASE_CHARS = 2 * 1024 * 1024;

    private CaseFiles() {
    }

    /** Refuses text over {@link #MAX_CASE_CHARS} before it is parsed. */
    static void checkSize(String name, long size) throws CaseException {
        if (size > MAX_CASE_CHARS) {
            throw error(name, "the case is " + size + " bytes; a case may be at most " + MAX_CASE_CHARS
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
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(readAtMost(name, file)))
                    .toString();
        } catch (NoSuchFileException e) {
            throw error(name, "file not found");
        } catch (AccessDeniedException e) {
            throw error(name, "cannot read the file: permission denied");
        } catch (CharacterCodingException e) {
            throw error(name, "the file is not UTF-8 text; save it as UTF-8");
        } catch (IOException e) {
            throw error(name, "cannot read the file: " + (e.getMessage() == null ? "I/O error" : e.getMessage()));
        }
    }

    /**
     * The file's bytes, refused past {@link #MAX_CASE_CHARS} while reading: a device or a pipe ({@code /dev/zero},
     * {@code <(yes)}) reports no size up front and would otherwise be read until the heap runs out.
     */
    private static byte[] readAtMost(String name, Path file) throws IOException, CaseException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_CASE_CHARS + 1);
            if (bytes.length > MAX_CASE_CHARS) {
                throw error(name, "the case is more than " + MAX_CASE_CHARS + " bytes; a case may be at most "
                        + MAX_CASE_CHARS + " bytes (2 MiB)");
            }
            return bytes;
        }
    }

    /** Drops a leading byte-order mark, which editors on Windows like to add and parsers reject. */
    static String withoutBom(String content) {
        return content.startsWith("\uFEFF") ? content.substring(1) : content;
    }

    private static CaseException error(String file, String message) {
        return new CaseException(List.of(new CaseError(file, Pointers.ROOT_PATH, null, null, message)));
    }
}
