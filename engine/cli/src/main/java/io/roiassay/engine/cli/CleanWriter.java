package io.roiassay.engine.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/** A writer that passes text through {@link Messages#clean}: no escape sequences reach the terminal. */
final class CleanWriter extends FilterWriter {

    CleanWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        write(String.valueOf((char) c), 0, 1);
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        write(new String(buf, off, len), 0, len);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        String clean = Messages.clean(str.substring(off, off + len));
        out.write(clean, 0, clean.length());
    }
}
