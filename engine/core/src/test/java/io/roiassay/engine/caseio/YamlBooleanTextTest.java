package io.roiassay.engine.caseio;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** YAML reads an unquoted on, off, yes or no as a boolean: where a field takes text, the error says so. */
class YamlBooleanTextTest {

    private final CaseReader reader = new CaseReader();

    private CaseError onlyError(String yaml) {
        CaseException e = catchThrowableOfType(CaseException.class, () -> reader.read(yaml, "case.yaml", false));
        assertThat(e).isNotNull();
        assertThat(e.errors()).hasSize(1);
        return e.errors().get(0);
    }

    @Test
    void anIndustryWrittenOn_isExplained() {
        CaseError e = onlyError("format: roi-assay/case-1\nid: b\ncurrency: CNY\ncompany: { industry: on }\n"
                + "costs: [{category: license, amount: 100}]\n");
        assertThat(e.path()).isEqualTo("company.industry");
        assertThat(e.message()).endsWith(", got true (in YAML an unquoted yes, no, on or off is read as true or false:"
                + " put text in quotes, e.g. \"on\")");
    }

    @Test
    void aRecurrenceWrittenYes_isExplainedToo_aNumberIsNot() {
        CaseError yes = onlyError("format: roi-assay/case-1\nid: b\ncurrency: CNY\ncompany: { industry: retail }\n"
                + "costs: [{category: license, amount: 100, recurrence: yes}]\n");
        assertThat(yes.message()).contains("got true (in YAML an unquoted yes");
        // in JSON a true is written true: no YAML hint
        CaseException json = catchThrowableOfType(CaseException.class, () -> reader.read("{\"format\": \"roi-assay/case-1\","
                + " \"id\": \"b\", \"currency\": \"CNY\", \"company\": {\"industry\": true}, \"costs\": []}", "case.json", true));
        assertThat(json.errors()).singleElement().satisfies(e -> assertThat(e.message()).endsWith("got true"));
        CaseError number = onlyError("format: roi-assay/case-1\nid: b\ncurrency: CNY\ncompany: { industry: 7 }\n"
                + "costs: [{category: license, amount: 100}]\n");
        assertThat(number.message()).doesNotContain("unquoted");
    }
}
