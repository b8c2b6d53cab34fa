package io.roiassay.engine.batch;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines of at most {@code maxBytes} bytes in UTF-8 (the limit a case file has, so a line the batch accepts
 * is a case {@code assess} and {@code verify} accept as a file): a longer line is skipped to its end without
 * being held in memory, and reported as too long, so one huge JSONL line cannot exhaust the heap.
 */
final class BoundedLineReader implements Closeable {

    /** Returned for a line longer than the limit. */
    static final String TOO_LONG = new String("\u0000too long");

    private final Reader in;
    private final int maxBytes;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int end;

    BoundedLineReader(Reader in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line without its terminator, {@link #TOO_LONG} (compare by identity), or null at the end. */
    String readLine() throws IOException {
        StringBuilder line = null;
        long bytes = 0;
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (pos >= end) {
                end = in.read(buf, 0, buf.length);
                pos = 0;
                if (end <= 0) {
                    end = 0;
                    if (!any) {
                        return null;
                    }
                    return tooLong ? TOO_LONG : (line == null ? "" : line.toString());
                }
            }
            any = true;
            int start = pos;
            while (pos < end) {
                char c = buf[pos];
                if (c == '\n') {
                    break;
                }
                // UTF-8 length: a surrogate pair is 4 bytes, 2 for each half
                bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
                pos++;
            }
            int len = pos - start;
            if (!tooLong) {
                if (bytes > maxBytes) {
                    tooLong = true;
                    line = null;
                } else {
                    if (line == null) {
                        line = new StringBuilder(Math.min(maxBytes, Math.max(len, 256)));
                    }
                    line.append(buf, start, len);
                }
            }
            if (pos < end) {
                pos++; // the newline
                if (tooLong) {
                    return TOO_LONG;
                }
                int n = line.length();
                if (n > 0 && line.charAt(n - 1) == '\r') {
                    line.setLength(n - 1);
                }
                return line.toString();
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
