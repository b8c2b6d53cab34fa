package io.roiassay.engine.caseio;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.Constant;

import java.io.StringReader;

/**
 * SnakeYAML's {@link StreamReader} over a text held whole, so reading stays linear in the text's length.
 *
 * <p>SnakeYAML's own reader keeps a window from the start of the current token and, every 1,024
 * characters it reads ahead, copies that whole window into a new array. A scalar of n characters without a
 * space or line break (the scanner looks ahead to its end before it moves on) therefore costs n²/2,048
 * copied code points: 2 MiB took about 20 s, 8 MB half a minute. Here the text is converted to code points
 * once and every look-ahead is an array index. Behaviour is otherwise the same, method by method: the
 * printable-character check (done as far as the scanner has looked, in the same 1,024-character steps, so a
 * syntax error before a bad character is still reported first), line and column counting, the end-of-text
 * {@code '\0'}, the marks' index, line and column, and the document index SnakeYAML's code-point limit reads.
 */
final class WholeTextStreamReader extends StreamReader {

    private static final int STEP = 1024;

    private final String name = "'reader'";
    private final int[] data;
    /** Code points before this index have been checked to be printable. */
    private int checked;
    private int pointer;
    private int index;
    private int documentIndex;
    private int line;
    private int column;

    WholeTextStreamReader(String text) {
        super(new StringReader(""));
        this.data = text.codePoints().toArray();
    }

    @Override
    public Mark getMark() {
        return new Mark(name, index, line, column, data, pointer);
    }

    @Override
    public void forward() {
        forward(1);
    }

    @Override
    public void forward(int length) {
        for (int i = 0; i < length && available(0); i++) {
            int c = data[pointer++];
            index++;
            documentIndex++;
            if (Constant.LINEBR.has(c) || (c == '\r' && available(0) && data[pointer] != '\n')) {
                line++;
                column = 0;
            } else if (c != 0xFEFF) {
                column++;
            }
        }
    }

    @Override
    public int peek() {
        return available(0) ? data[pointer] : '\0';
    }

    @Override
    public int peek(int ahead) {
        return available(ahead) ? data[pointer + ahead] : '\0';
    }

    @Override
    public String prefix(int length) {
        if (length == 0) {
            return "";
        }
        return available(length) ? new String(data, pointer, length)
                : new String(data, pointer, Math.min(length, data.length - pointer));
    }

    @Override
    public String prefixForward(int length) {
        String prefix = prefix(length);
        pointer += length;
        index += length;
        documentIndex += length;
        column += length; // a prefix never holds a line break
        return prefix;
    }

    @Override
    public int getColumn() {
        return column;
    }

    @Override
    public int getDocumentIndex() {
        return documentIndex;
    }

    @Override
    public void resetDocumentIndex() {
        documentIndex = 0;
    }

    @Override
    public int getIndex() {
        return index;
    }

    @Override
    public int getLine() {
        return line;
    }

    /** Whether the code point {@code ahead} places past the pointer exists, checking printability up to it. */
    private boolean available(int ahead) {
        int end = pointer + ahead;
        while (checked <= end && checked < data.length) {
            int to = Math.min(data.length, checked + STEP);
            for (int i = checked; i < to; i++) {
                if (!isPrintable(data[i])) {
                    throw new ReaderException(name, i, data[i], "special characters are not allowed");
                }
            }
            checked = to;
        }
        return end < data.length;
    }
}
