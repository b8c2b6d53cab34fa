package io.roiassay.engine.caseio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The compiled schema check: when it is available, and the keyword meanings where networknt is particular. */
class SchemaCheckTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode shippedSchema() throws IOException {
        try (InputStream in = CaseReader.class.getClassLoader().getResourceAsStream(CaseReader.schemaResource())) {
            return (ObjectNode) JSON.readTree(in);
        }
    }

    private static ObjectNode valid() {
        return (ObjectNode) SchemaCheckDifferentialTest.everyField();
    }

    @Test
    void shippedSchema_compiles_andPassesAValidCase() {
        assertThat(SchemaCheck.shared().available()).isTrue();
        assertThat(SchemaCheck.shared().conforms(valid())).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/$defs/measuredAt | format | \"date\"",
        "/$defs/rate | exclusiveMinimum | 0",
        "/$defs/rateRange | prefixItems | [{\"type\": \"number\"}]",
        "/$defs/kpiSet | minProperties | 1",
        "/properties/company | dependentRequired | {\"employees\": [\"name\"]}",
        "/$defs/money | multipleOf | 0.01",
        "/properties/title | default | \"Untitled\"",
        "/$defs/cost/properties/category | $ref | \"other.json#/x\""})
    void anUnknownKeyword_disablesTheCheck_soEveryCaseTakesTheFullValidation(String at, String keyword, String value)
            throws IOException {
        ObjectNode schema = shippedSchema();
        ((ObjectNode) schema.at(at)).set(keyword, JSON.readTree(value));

        SchemaCheck check = SchemaCheck.compile(schema);

        assertThat(check.available()).isFalse();
        assertThat(check.conforms(valid())).isFalse();
    }

    @Test
    void anUnusedDefinitionWithAnUnknownKeyword_stillDisablesTheCheck() throws IOException {
        ObjectNode schema = shippedSchema();
        ((ObjectNode) schema.get("$defs")).set("unused", JSON.readTree("{\"type\": \"string\", \"format\": \"email\"}"));

        assertThat(SchemaCheck.compile(schema).available()).isFalse();
    }

    @Test
    void anotherDialect_disablesTheCheck() throws IOException {
        ObjectNode schema = shippedSchema();
        schema.put("$schema", "http://json-schema.org/draft-07/schema#");

        assertThat(SchemaCheck.compile(schema).available()).isFalse();
    }

    @Test
    void thePatternWithABackslash_disablesTheCheck() throws IOException {
        ObjectNode schema = shippedSchema();
        ((ObjectNode) schema.at("/properties/currency")).put("pattern", "^\\p{Lu}{3}$");

        assertThat(SchemaCheck.compile(schema).available()).isFalse();
    }

    @Test
    void aShippedSchemaCopy_compiledAgain_isAvailable() throws IOException {
        assertThat(SchemaCheck.compile(shippedSchema()).available()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"3", "3.0", "3.000", "3E+0"})
    void anIntegerWithAZeroFraction_isAnInteger_asNetworkntSays(String years) {
        ObjectNode c = valid();
        ((ObjectNode) c.get("horizon")).set("years", DocumentParser.NODES.numberNode(new BigDecimal(years)));

        assertThat(SchemaCheck.shared().conforms(c)).isTrue();
        assertThat(SchemaValidator.instance().validate(c)).isEmpty();
    }

    @Test
    void aDollarAnchor_doesNotMatchBeforeATrailingNewline() {
        ObjectNode c = valid();
        c.put("currency", "CNY\n");

        assertThat(SchemaCheck.shared().conforms(c)).isFalse();
        assertThat(SchemaValidator.instance().validate(c)).isNotEmpty();
    }

    @Test
    void lengths_countCodePoints_notUtf16Units() {
        ObjectNode c = valid();
        ObjectNode company = (ObjectNode) c.get("company");
        company.put("industry", "\uD835\uDC9C");
        assertThat(SchemaCheck.shared().conforms(c)).isTrue();
        company.put("industry", "");
        assertThat(SchemaCheck.shared().conforms(c)).isFalse();
    }

    /**
     * The one documented disagreement: networknt compares an integer field's bound through {@code asLong()},
     * which wraps beyond the long range; the fast check says no there, so the full validation decides (and
     * the parser refuses numbers beyond ±1e15 before either runs).
     */
    @Test
    void anIntegerBeyondTheLongRange_isLeftToTheFullValidation() {
        ObjectNode c = valid();
        ObjectNode company = (ObjectNode) c.get("company");
        company.set("employees", DocumentParser.NODES.numberNode(BigInteger.TWO.pow(70)));
        assertThat(SchemaCheck.shared().conforms(c)).isFalse();
        assertThat(SchemaValidator.instance().validate(c)).isEmpty();

        company.set("employees", DocumentParser.NODES.numberNode(new BigDecimal("1E+20")));
        assertThat(SchemaCheck.shared().conforms(c)).isFalse();
        assertThat(SchemaValidator.instance().validate(c)).isEmpty();
    }

    @Test
    void aNumberBeyondTheLongRange_inANumberField_isComparedExactly() {
        ObjectNode c = valid();
        ((ObjectNode) c.get("company")).set("annualRevenue", DocumentParser.NODES.numberNode(new BigDecimal("1E+20")));

        assertThat(SchemaCheck.shared().conforms(c)).isTrue();
        assertThat(SchemaValidator.instance().validate(c)).isEmpty();
    }

    @Test
    void aNullValue_isPresentForRequired_butNotOfAnyDeclaredType() {
        ObjectNode c = valid();
        c.putNull("title");

        assertThat(SchemaCheck.shared().conforms(c)).isFalse();
        assertThat(SchemaValidator.instance().validate(c)).isNotEmpty();
    }

    @Test
    void duplicateIncludes_breakUniqueItems() {
        ObjectNode c = valid();
        JsonNode includes = c.at("/costs/0/includes");
        ((com.fasterxml.jackson.databind.node.ArrayNode) includes).add("maintenance");

        assertThat(SchemaCheck.shared().conforms(c)).isFalse();
        assertThat(SchemaValidator.instance().validate(c)).isNotEmpty();
    }
}
