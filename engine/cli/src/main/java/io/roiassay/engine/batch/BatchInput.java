package io.roiassay.engine.batch;

import io.roiassay.engine.caseio.CaseFiles;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * The cases of a batch, read lazily so memory does not grow with the input: a JSONL stream (blank lines
 * are skipped but still counted, so line numbers match the file) or the case files of a directory,
 * sorted by name.
 */
public abstract class BatchInput implements Iterator<BatchItem>, Closeable {

    /** What bytes that are not UTF-8 decode to in a JSONL input. */
    private static final char MALFORMED = '\uFFFF';

    /** Reads JSONL from a stream (standard input for {@code -}). */
    public static BatchInput jsonl(InputStream in) {
        // Bytes that are not UTF-8 decode to U+FFFF, a noncharacter no valid case contains: that line is refused with
        // its number (assess refuses the same bytes), instead of being read with U+FFFD in place of the bytes.
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE).replaceWith(String.valueOf(MALFORMED));
        return new Jsonl(new BoundedLineReader(new InputStreamReader(in, decoder), CaseFiles.MAX_CASE_BYTES));
    }

    /**
     * Reads {@code .yaml}, {@code .yml} and {@code .json} files directly inside a directory, sorted by name, except
     * hidden ones (a name starting with a dot).
     *
     * @throws NoCaseFiles when there is none: an empty batch is a wrong input, not a success
     */
    public static BatchInput directory(Path dir) throws IOException, NoCaseFiles {
        List<Path> files;
        List<String> jsonl;
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> all = s.sorted().toList();
            // Every case-named entry, readable or not: one that cannot be read becomes an error record.
            // Hidden files are skipped: a copy from a Mac brings ._name.json resource forks, which are no cases
            files = all.stream().filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return !n.startsWith(".") && (n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json"));
            }).toList();
            jsonl = all.stream().filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl"))
                    .map(Path::toString).toList();
        }
        if (files.isEmpty()) {
            throw new NoCaseFiles(dir + " holds no case files (.yaml, .yml or .json directly inside it)"
                    + (jsonl.isEmpty() ? "" : "; a JSONL file is read when it is the input itself: " + jsonl.get(0)));
        }
        return new Directory(files);
    }

    /** A directory given as the input holds no case file. */
    public static final class NoCaseFiles extends Exception {
        NoCaseFiles(String message) {
            super(message);
        }
    }

    private static final class Jsonl extends BatchInput {
        private final BoundedLineReader reader;
        private long lineNo;
        private BatchItem next;

        Jsonl(BoundedLineReader reader) {
            this.reader = reader;
        }

        @Override
        public boolean hasNext() {
            if (next != null) {
                return true;
            }
            try {
                String line;
                while ((line = reader.readLine()) != null) {
                    lineNo++;
                    if (line == BoundedLineReader.TOO_LONG) {
                        next = new BatchItem(lineNo, null, null, true);
                        return true;
                    }
                    if (line.indexOf(MALFORMED) >= 0) {
                        next = new BatchItem(lineNo, null, null, true, BatchItem.NOT_UTF8);
                        return true;
                    }
                    if (!line.isBlank()) {
                        next = new BatchItem(lineNo, null, line, true);
                        return true;
                    }
                }
                return false;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the batch input at line " + (lineNo + 1), e);
            }
        }

        @Override
        public BatchItem next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            BatchItem item = next;
            next = null;
            return item;
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }

    private static final class Directory extends BatchInput {
        private final List<Path> files;
        private int index;

        Directory(List<Path> files) {
            this.files = files;
        }

        @Override
        public boolean hasNext() {
            return index < files.size();
        }

        @Override
        public BatchItem next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Path p = files.get(index++);
            String name = p.getFileName().toString();
            String text;
            String problem = null;
            try {
                text = Files.isRegularFile(p) && Files.size(p) <= CaseFiles.MAX_CASE_BYTES
                        ? Files.readString(p, StandardCharsets.UTF_8) : null;
            } catch (java.nio.charset.CharacterCodingException e) {
                text = null;
                problem = BatchItem.NOT_UTF8;
            } catch (IOException | OutOfMemoryError e) {
                text = null;
            }
            boolean json = name.toLowerCase(Locale.ROOT).endsWith(".json");
            return new BatchItem(0, name, text, json, problem);
        }

        @Override
        public void close() {
        }
    }
}
