package io.roiassay.engine.batch;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The id a rejected input names, for its error record and summary row. */
class CaseIdsTest {

    private static String json(String text) {
        return CaseIds.peek(new BatchItem(1, null, text, true));
    }

    private static String yaml(String text) {
        return CaseIds.peek(new BatchItem(0, "case.yaml", text, false));
    }

    @Test
    void jsonTopLevelId_isRead_notANestedOne() {
        assertThat(json("{\"costs\": [{\"id\": \"line-1\"}], \"id\": \"case-7\", \"currency\": 5}")).isEqualTo("case-7");
        assertThat(json("{\"costs\": [{\"id\": \"line-1\"}]}")).isNull();
    }

    @Test
    void yamlTopLevelIdLine_isRead_quotedOrNot_withAComment() {
        assertThat(yaml("format: roi-assay/case-1\nid: acme-2025   # the client\ncosts:\n  - id: sub\n")).isEqualTo("acme-2025");
        assertThat(yaml("format: roi-assay/case-1\nid: 'acme-2025'\n")).isEqualTo("acme-2025");
        assertThat(yaml("costs:\n  - id: sub\n")).as("an indented id is a line's, not the case's").isNull();
    }

    @Test
    void invalidIdOrUnreadableInput_givesNone() {
        assertThat(json("{\"id\": \"Bad Id\"}")).isNull();
        assertThat(json("{\"id\": 42}")).isNull();
        assertThat(json("{\"id\": \"case-7\", bad json")).isNull();
        assertThat(yaml("id: =HYPERLINK(\"x\")\n")).isNull();
    }
}
