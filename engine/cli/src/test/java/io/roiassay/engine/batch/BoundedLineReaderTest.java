package io.roiassay.engine.batch;

import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSONL line limit counts UTF-8 bytes, as the case file limit does, not characters. */
class BoundedLineReaderTest {

    private static BoundedLineReader reader(String text, int maxBytes) {
        return new BoundedLineReader(new StringReader(text), maxBytes);
    }

    @Test
    void asciiLine_atTheLimit_isRead_oneByteMore_isTooLong() throws Exception {
        BoundedLineReader r = reader("abcde\nabcdef\nok\n", 5);
        assertThat(r.readLine()).isEqualTo("abcde");
        assertThat(r.readLine()).isSameAs(BoundedLineReader.TOO_LONG);
        assertThat(r.readLine()).as("the next line is read whole after a skipped one").isEqualTo("ok");
        assertThat(r.readLine()).isNull();
    }

    @Test
    void chineseCharacters_countThreeBytesEach() throws Exception {
        BoundedLineReader r = reader("中文\n中文字\n", 6); // 6 bytes, then 9
        assertThat(r.readLine()).isEqualTo("中文");
        assertThat(r.readLine()).isSameAs(BoundedLineReader.TOO_LONG);
    }

    @Test
    void twoByteAndFourByteCharacters_countAsUtf8Does() throws Exception {
        String emoji = "\uD83D\uDE00"; // U+1F600, 4 bytes in UTF-8
        BoundedLineReader r = reader("é" + emoji + "\n" + "é" + emoji + "x\n", 6);
        assertThat(r.readLine()).isEqualTo("é" + emoji);
        assertThat(r.readLine()).isSameAs(BoundedLineReader.TOO_LONG);
    }

    @Test
    void lineLongerThanTheBuffer_isCountedAcrossReads() throws Exception {
        String line = "中".repeat(40_000); // 120,000 bytes over two 64 Ki-character buffer fills
        assertThat(reader(line + "\n", 120_000).readLine()).isEqualTo(line);
        assertThat(reader(line + "\n", 119_999).readLine()).isSameAs(BoundedLineReader.TOO_LONG);
    }
}
