package io.roiassay.engine.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Text from cases, rules and plugins cannot become a link, raw HTML, a broken table or a terminal escape. */
class MarkdownEscapeTest {

    @Test
    void javascriptLink_isNotALink() {
        assertThat(MarkdownReportWriter.esc("[click](javascript:alert(1))")).isEqualTo("\\[click\\](javascript:alert(1))");
    }

    @Test
    void rawHtml_becomesEntities() {
        assertThat(MarkdownReportWriter.esc("<img src=x onerror=alert(1)>")).isEqualTo("&lt;img src=x onerror=alert(1)&gt;");
        assertThat(MarkdownReportWriter.esc("<javascript:alert(1)>")).isEqualTo("&lt;javascript:alert(1)&gt;");
    }

    @Test
    void tablePipeAndNewline_keepTheCellIntact() {
        assertThat(MarkdownReportWriter.esc("a|b\nc")).isEqualTo("a\\|b c");
    }

    @Test
    void terminalEscapeAndBidiControls_areDropped() {
        assertThat(MarkdownReportWriter.esc("\u001b[31mred\u202e")).isEqualTo("\\[31mred");
    }

    @Test
    void emphasisMarks_areLiteral_aTitleCannotTurnBold() {
        assertThat(MarkdownReportWriter.esc("**b** and _i_")).isEqualTo("\\*\\*b\\*\\* and \\_i\\_");
    }

    @Test
    void html_dropsBidiOverridesAndIsolates_likeMarkdown() {
        // U+202E shows what follows reversed: a title "invoice\u202Efdp.exe" would read "invoiceexe.pdf"
        assertThat(HtmlEscaper.escape("invoice\u202Efdp.exe\u2066x\u2069")).isEqualTo("invoicefdp.exex");
        assertThat(HtmlEscaper.escape("a<b>&\"'")).isEqualTo("a&lt;b&gt;&amp;&quot;&#39;");
    }

    @Test
    void codeSpan_withBacktick_fallsBackToEscapedText() {
        assertThat(MarkdownReportWriter.code("rule`<b>")).isEqualTo("rule\\`&lt;b&gt;");
        assertThat(MarkdownReportWriter.code("plain|name")).isEqualTo("`plain\\|name`");
    }

    @Test
    void aNameWithAControlCharacter_showsItAsAnEscape_notAsASpace() {
        // an overlay file "seg<newline>ments.drl" must not read as a file "seg ments.drl"
        assertThat(MarkdownReportWriter.code("profiles/seg\nments.drl")).isEqualTo("`profiles/seg\\nments.drl`");
        assertThat(MarkdownReportWriter.code("a\\b\tc\u001b")).isEqualTo("`a\\\\b\\tc\\u001b`");
        assertThat(MarkdownReportWriter.code("plain\\name")).isEqualTo("`plain\\name`"); // no control: as it is
        assertThat(HtmlEscaper.escape(io.roiassay.engine.io.VisibleControls.of("seg\nments.drl"))).isEqualTo("seg\\nments.drl");
    }
}
