package io.roiassay.engine.batch;

import io.roiassay.engine.Examples;
import io.roiassay.engine.report.InputHash;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** examples/batch/examples.jsonl is the shipped YAML examples, one canonical JSON line each, in file order. */
class ExamplesJsonlTest {

    @Test
    void examplesJsonl_matchesTheYamlExamples() throws Exception {
        List<String> expected = new ArrayList<>();
        try (Stream<Path> files = Files.list(Examples.dir())) {
            for (Path p : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                expected.add(InputHash.canonicalJson(Examples.read(p.getFileName().toString())));
            }
        }
        assertThat(Files.readAllLines(Examples.dir().resolve("batch/examples.jsonl"))).containsExactlyElementsOf(expected);
    }
}
