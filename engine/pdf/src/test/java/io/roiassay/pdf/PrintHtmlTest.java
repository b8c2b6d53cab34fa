package io.roiassay.pdf;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The screen report's HTML turned into what openhtmltopdf paginates well. */
class PrintHtmlTest {

    @Test
    void labelValueLists_becomeTwoColumnTables_keepingTheValuesAttributes() {
        assertThat(PrintHtml.factsAsTables("<dl class=\"facts\">\n<dt>Quote</dt><dd class=\"num\">180,000.00</dd>\n</dl>"))
                .isEqualTo("<table class=\"facts\"><tbody>\n<tr><th scope=\"row\">Quote</th><td class=\"num\">180,000.00</td></tr>\n</tbody></table>");
        assertThat(PrintHtml.factsAsTables("<dl class=\"defs\"><dt>x</dt><dd>y</dd></dl>"))
                .isEqualTo("<dl class=\"defs\"><dt>x</dt><dd>y</dd></dl>");
    }

    @Test
    void aHeadingIsKeptWithItsChart_andStartsItsTableOnAPageWithRoom() {
        assertThat(PrintHtml.keepHeadingsWithNext("<h2>How sure</h2>\n<h3>Tornado</h3>\n<svg class=\"chart\"><text>a</text></svg><p>after</p>"))
                .isEqualTo("<div class=\"keep\"><h2>How sure</h2>\n<h3>Tornado</h3>\n<svg class=\"chart\"><text>a</text></svg></div><p>after</p>");
        assertThat(PrintHtml.keepHeadingsWithNext("<h2>Financials</h2>\n<table><tr><td>1</td></tr></table>"))
                .isEqualTo("<div class=\"keep-start\"><h2>Financials</h2>\n<table><tr><td>1</td></tr></table></div>");
        // a list of findings after a heading may run over pages: left as it is
        assertThat(PrintHtml.keepHeadingsWithNext("<h2>Recommendations</h2>\n<ol><li>x</li></ol>"))
                .isEqualTo("<h2>Recommendations</h2>\n<ol><li>x</li></ol>");
    }
}
