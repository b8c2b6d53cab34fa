package io.roiassay.engine.caseio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.roiassay.engine.model.Aliased;
import io.roiassay.engine.model.BenefitBasis;
import io.roiassay.engine.model.BenefitSource;
import io.roiassay.engine.model.ClaimBasis;
import io.roiassay.engine.model.CostCategory;
import io.roiassay.engine.model.DeploymentModel;
import io.roiassay.engine.model.Recurrence;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped schema stays in step with the model's enums and with the house rules for schemas. */
class CaseSchemaTest {

    private static JsonNode schema() throws IOException {
        try (InputStream in = CaseReader.class.getClassLoader().getResourceAsStream(CaseReader.schemaResource())) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static <E extends Enum<E> & Aliased> List<String> namesOf(Class<E> type) {
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.id());
            names.addAll(e.aliases());
        }
        return names;
    }

    private static List<String> enumAt(JsonNode schema, String pointer) {
        List<String> values = new ArrayList<>();
        schema.at(pointer).forEach(v -> values.add(v.asText()));
        return values;
    }

    @Test
    void schemaEnums_matchEveryIdAndAliasOfTheModel() throws IOException {
        JsonNode s = schema();

        assertThat(enumAt(s, "/$defs/costCategory/enum"))
                .containsExactlyInAnyOrderElementsOf(namesOf(CostCategory.class));
        assertThat(enumAt(s, "/$defs/kpiSet/properties/source/enum"))
                .containsExactlyInAnyOrderElementsOf(namesOf(io.roiassay.engine.model.KpiSource.class));
        assertThat(enumAt(s, "/properties/costCoverage/enum"))
                .containsExactlyInAnyOrderElementsOf(namesOf(io.roiassay.engine.model.CostCoverage.class));
        assertThat(enumAt(s, "/$defs/recurrence/enum")).containsExactlyInAnyOrderElementsOf(namesOf(Recurrence.class));
        assertThat(enumAt(s, "/$defs/benefit/properties/basis/enum"))
                .containsExactlyInAnyOrderElementsOf(namesOf(BenefitBasis.class));
        assertThat(enumAt(s, "/$defs/benefit/properties/source/enum"))
                .containsExactlyInAnyOrderElementsOf(namesOf(BenefitSource.class));
        assertThat(enumAt(s, "/properties/deployment/properties/model/enum"))
                .containsExactlyInAnyOrderElementsOf(namesOf(DeploymentModel.class));
        assertThat(enumAt(s, "/properties/claim/properties/benefitBasis/enum"))
                .containsExactlyInAnyOrderElementsOf(namesOf(ClaimBasis.class));
    }

    @Test
    void schemaObjects_allCloseAdditionalPropertiesAndDescribeFields() throws IOException {
        List<String> offenders = new ArrayList<>();
        walk(schema(), "", offenders);

        assertThat(offenders).isEmpty();
    }

    private static void walk(JsonNode node, String at, List<String> offenders) {
        if (!node.isObject()) {
            return;
        }
        if ("object".equals(node.path("type").asText()) && !node.path("additionalProperties").isBoolean()) {
            offenders.add(at + ": additionalProperties is not false");
        }
        JsonNode properties = node.get("properties");
        if (properties != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode p = field.getValue();
                boolean described = p.has("description") || p.has("$ref");
                if (!described) {
                    offenders.add(at + "/properties/" + field.getKey() + ": no description");
                }
            }
        }
        node.fields().forEachRemaining(e -> walk(e.getValue(), at + "/" + e.getKey(), offenders));
    }
}
