package io.roiassay.engine.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How rules of a CSV decision table are named and numbered: as Drools names them. */
class DecisionTablesTest {

    @Test
    void csvRows_nameCellOrTableNameAndRow_inTheRuleSetPackage() {
        String csv = """
                RuleSet,my.pkg
                Import,java.math.BigDecimal

                
                RuleTable Rates
                NAME,CONDITION,ACTION
                ,Profile,
                ,"industryIs(""$param"")","$p.note(""x"", ""$param"");"
                rule,industry,x
                "Named, with comma",retail,a
                ,pharma,b

                """;
        assertThat(DecisionTables.csvRows(csv)).containsExactly(
                new DecisionTables.Row("my.pkg", "Named, with comma", 10),
                new DecisionTables.Row("my.pkg", "Rates_11", 11));
    }

    @Test
    void cells_quotedCommasAndDoubledQuotes() {
        assertThat(DecisionTables.cells("a,\"b, c\",\"say \"\"hi\"\"\",")).containsExactly("a", "b, c", "say \"hi\"", "");
    }
}
