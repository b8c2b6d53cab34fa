package io.roiassay.engine.caseio;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The linear YAML reader gives exactly what SnakeYAML's own reader gives — every token, its text and its
 * line, column and offset, or the same error at the same place — and reads a 2 MiB scalar as a case.
 */
class LinearYamlTest {

    private static final YAMLFactory STANDARD = YAMLFactory.builder().build();
    private static final YAMLFactory LINEAR = new LinearYamlFactory(YAMLFactory.builder());

    static Stream<String> documents() throws IOException {
        List<String> docs = new ArrayList<>(List.of(
                "a: 1\nb: [1, 2.50, -3e2]\nc: {d: 'x''y', e: \"q\\tq\\u00e9\"}\n",
                "\uFEFFtitle: 华东某零售连锁 😀 CRM\r\nnotes: |\r\n  two\r\n  lines\r\nfolded: >-\n  a\n  b\n\n  c\n",
                "base: &b {x: 1}\nuse: *b\nlist:\n  - one\n  - two: 2\n    three: 3\n  -\n  - ~\n",
                "plain: multi word\n  continued on the next line\nold\rmac: 1\n",
                "key: \"unterminated\n",
                "key: value\n\tbad: tab\n",
                "a: 1\n---\nb: 2\n",
                "a: x\u0007y\n",
                "a: [1, 2\n",
                "x: " + "y".repeat(5000) + "\nz: '" + "q".repeat(3000) + "'\n",
                "- not\n- an object\n",
                ""));
        try (Stream<Path> examples = Files.list(Path.of("../../examples"))) {
            for (Path p : examples.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                docs.add(Files.readString(p));
            }
        }
        return docs.stream();
    }

    private static List<String> tokens(YAMLFactory factory, String text) {
        List<String> out = new ArrayList<>();
        try (JsonParser p = factory.createParser(text)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                JsonLocation at = p.currentTokenLocation();
                out.add(t + " " + (t.isScalarValue() ? p.getText() : p.currentName()) + " @" + at.getLineNr() + ":"
                        + at.getColumnNr() + "/" + at.getCharOffset());
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            out.add("error " + e.getOriginalMessage() + (at == null ? "" : " @" + at.getLineNr() + ":" + at.getColumnNr()));
        } catch (IOException | RuntimeException e) {
            out.add("error " + e);
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("documents")
    void givesTheSameTokensLocationsAndErrorsAsSnakeYamlsOwnReader(String text) {
        assertThat(tokens(LINEAR, text)).isEqualTo(tokens(STANDARD, text));
    }

    @Test
    void aTwoMebibyteSingleScalarIsReadAsACase() throws Exception {
        String base = Files.readString(Path.of("../../examples/acme-retail.yaml"));
        String title = "a".repeat(CaseFiles.MAX_CASE_BYTES - base.length() - 100);
        String text = base.replace("title: 华东某零售连锁 CRM 投资评估", "title: " + title);

        var parsed = new DocumentParser().parse(text, false, true);

        assertThat(parsed.root().get("title").asText()).hasSize(title.length());
        assertThat(parsed.locations()).isNotNull();
    }
}
