package io.roiassay.engine.plugins;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rule consequence that never returns (arithmetic squaring its own result) cannot be stopped inside the
 * process: the watchdog ends it with exit 3 naming the rule. A batch writing to standard output first writes
 * the records it finished, so the cases before the stuck one are not lost with it.
 */
class StuckRuleBatchProcessTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void batch_ruleThatNeverReturns_exits3NamingIt_afterWritingTheRecordsFinishedBeforeIt(@TempDir Path dir) throws Exception {
        Path overlay = dir.resolve("rules");
        Files.createDirectories(overlay.resolve("mistakes"));
        String square = "x = x.multiply(x); ".repeat(32);
        Files.writeString(overlay.resolve("mistakes/squares.drl"), """
                package io.roiassay.rules.mistakes;
                import io.roiassay.engine.facts.*;
                import java.math.BigDecimal;
                rule "Squares"
                    agenda-group "findings"
                when
                    CaseFact(caseId == "slow")
                then
                    BigDecimal x = new BigDecimal("1.0000001");
                    %s
                end
                """.formatted(square));
        List<String> lines = Files.readAllLines(Path.of("../../examples/batch/examples.jsonl"));
        StringBuilder jsonl = new StringBuilder();
        String[] ids = {"first", "slow", "third"};
        for (int i = 0; i < ids.length; i++) {
            ObjectNode c = (ObjectNode) JSON.readTree(lines.get(i));
            jsonl.append(c.put("id", ids[i])).append('\n');
        }
        Path input = Files.writeString(dir.resolve("cases.jsonl"), jsonl);

        AssayProcess run = AssayProcess.run(dir, "batch", input.toString(), "--rules", overlay.toString(), "--jobs", "1",
                "--draws", "0", "--rule-time-limit", "2000");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).contains("rule 'Squares' (mistakes/squares.drl, line 4) did not finish within 2000 ms");
        assertThat(run.out().lines().toList()).singleElement()
                .satisfies(l -> assertThat(JSON.readTree(l).get("caseId").asText()).isEqualTo("first"));
    }
}
