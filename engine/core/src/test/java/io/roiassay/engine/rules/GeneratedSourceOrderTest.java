package io.roiassay.engine.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Drools' generated Java in hash-set order comes out in one order whatever order it went in. */
class GeneratedSourceOrderTest {

    private static final String SALIENCE = """
                                          .attribute(org.drools.model.Rule.Attribute.SALIENCE,
                                                     99)""";
    private static final String GROUP = """
                                          .attribute(org.drools.model.Rule.Attribute.AGENDA_GROUP,
                                                     "classify (first)")""";

    private static String rule(String first, String second) {
        return "        org.drools.model.Rule rule = D.rule(\"p\",\n"
                + "                                            \"r\")\n"
                + first + "\n" + second + "\n"
                + "                                      .build(D.pattern(var_$p));\n";
    }

    @Test
    void ruleAttributes_inEitherOrder_giveTheSameSource_agendaGroupFirst() {
        String expected = rule(GROUP, SALIENCE);
        assertThat(GeneratedSourceOrder.canonical(rule(SALIENCE, GROUP))).isEqualTo(expected);
        assertThat(GeneratedSourceOrder.canonical(rule(GROUP, SALIENCE))).isEqualTo(expected);
    }

    @Test
    void eachRulesAttributes_areSortedOnTheirOwn_theRulesStayInPlace() {
        String two = rule(SALIENCE, GROUP) + "\n    }\n" + rule(SALIENCE.replace("99", "7"), GROUP.replace("first", "second"));
        String sorted = GeneratedSourceOrder.canonical(two);
        assertThat(sorted).isEqualTo(rule(GROUP, SALIENCE) + "\n    }\n"
                + rule(GROUP.replace("first", "second"), SALIENCE.replace("99", "7")));
    }

    @Test
    void parenthesesAndQuotesInAStringLiteral_doNotEndTheAttribute() {
        String odd = GROUP.replace("classify (first)", "a) \\\"(b");
        assertThat(GeneratedSourceOrder.canonical(rule(SALIENCE, odd))).isEqualTo(rule(odd, SALIENCE));
    }

    @Test
    void domainClassMetadata_isSortedByClass() {
        String header = "package p;\npublic class DomainClassesMetadataABC {\n";
        String string = "\n    public static final org.drools.model.DomainClassMetadata java_lang_String_Metadata_INSTANCE = x();\n"
                + "    private static class java_lang_String_Metadata {\n    }";
        String caseFact = "\n    public static final org.drools.model.DomainClassMetadata io_roiassay_CaseFact_Metadata_INSTANCE = y();\n"
                + "    private static class io_roiassay_CaseFact_Metadata {\n    }";
        String footer = "\n}\n";
        assertThat(GeneratedSourceOrder.canonical(header + string + caseFact + footer))
                .isEqualTo(header + caseFact + string + footer);
        assertThat(GeneratedSourceOrder.canonical(header + caseFact + string + footer))
                .isEqualTo(header + caseFact + string + footer);
    }

    @Test
    void sourceWithNothingInHashOrder_isReturnedUnchanged() {
        String plain = "package p;\npublic class RulesABC {\n    String a = \".attribute(\";\n}\n";
        assertThat(GeneratedSourceOrder.canonical(plain)).isEqualTo(plain);
    }
}
