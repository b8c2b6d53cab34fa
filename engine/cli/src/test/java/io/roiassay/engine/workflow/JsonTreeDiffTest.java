package io.roiassay.engine.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JsonTreeDiffTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode tree(String json) throws Exception {
        return JSON.readTree(json.replace('\'', '"'));
    }

    @Test
    void ruleFilesMatchedByPath_anAddedOverlayFileIsOneAddition_notAShiftOfEveryLaterFile() throws Exception {
        JsonNode before = tree("{'ruleFiles':[{'path':'profiles/assumptions.drl.csv','origin':'built-in'},"
                + "{'path':'profiles/segments.drl','origin':'built-in'},{'path':'verdict/grades.drl','origin':'built-in'}]}");
        JsonNode after = tree("{'ruleFiles':[{'path':'profiles/assumptions.drl.csv','origin':'built-in'},"
                + "{'path':'profiles/ours.drl.csv','origin':'overlay'},"
                + "{'path':'profiles/segments.drl','origin':'built-in'},{'path':'verdict/grades.drl','origin':'built-in'}]}");

        List<JsonTreeDiff.Change> changes = JsonTreeDiff.diff(before, after);

        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.path()).isEqualTo("ruleFiles[profiles/ours.drl.csv]");
            assertThat(c.before()).isNull();
            assertThat(c.after().get("origin").asText()).isEqualTo("overlay");
        });
    }

    @Test
    void listsWithoutAKeyField_stayMatchedByIndex() throws Exception {
        List<JsonTreeDiff.Change> changes = JsonTreeDiff.diff(tree("{'steps':[{'step':'a'},{'step':'b'}]}"),
                tree("{'steps':[{'step':'a'},{'step':'c'}]}"));

        assertThat(changes).extracting(JsonTreeDiff.Change::path).containsExactly("steps[1].step");
    }
}
