package io.roiassay.engine.caseio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.roiassay.engine.Examples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast {@link SchemaCheck} says yes exactly when networknt's full validation finds no error, on every case
 * shipped, on generated variants and on systematic mutations of them. One disagreement is allowed and pinned:
 * an integer beyond the long range in an integer field with a bound, where the fast check says no and
 * networknt compares a wrapped {@code asLong()} (the parser refuses such numbers, beyond ±1e15, anyway).
 */
class SchemaCheckDifferentialTest {

    private static final DocumentParser PARSER = new DocumentParser();
    private static final SchemaCheck FAST = SchemaCheck.shared();
    private static final Set<String> SCHEMA_NAMES = schemaNames();

    static Stream<Arguments> shippedCases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(Examples.dir())) {
            for (Path p : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                cases.add(Arguments.of("examples/" + p.getFileName(), parse(Files.readString(p), false)));
            }
        }
        List<String> lines = Files.readAllLines(Examples.dir().resolve("batch/examples.jsonl"));
        for (int i = 0; i < lines.size(); i++) {
            cases.add(Arguments.of("examples/batch/examples.jsonl:" + (i + 1), parse(lines.get(i), true)));
        }
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/cases"))) {
            for (Path p : files.sorted().toList()) {
                JsonNode tree = parseOrNull(Files.readString(p), p.toString().endsWith(".json"));
                if (tree != null) {
                    cases.add(Arguments.of("test cases/" + p.getFileName(), tree));
                }
            }
        }
        cases.add(Arguments.of("every-field.yaml", everyField()));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedCases")
    void fastCheck_agreesWithNetworknt_onEveryShippedCase(String name, JsonNode tree) {
        assertThat(FAST.conforms(tree)).isEqualTo(SchemaValidator.instance().validate(tree).isEmpty());
    }

    /**
     * The examples and the every-field case, mutated everywhere (the batch lines are the examples again, and the
     * test fixtures are mutations of acme-retail already).
     */
    static Stream<Arguments> mutatedCases() throws IOException {
        return shippedCases().filter(a -> !a.get()[0].toString().contains("jsonl") && !a.get()[0].toString().startsWith("test "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutatedCases")
    void fastCheck_agreesWithNetworknt_onEveryMutationOfACase(String name, JsonNode tree) {
        List<SchemaMutations.Mutant> mutants = new ArrayList<>(SchemaMutations.of(tree, SCHEMA_NAMES));
        mutants.add(new SchemaMutations.Mutant("unchanged", () -> tree, false));
        int refused = 0;
        List<String> disagreements = new ArrayList<>();
        for (SchemaMutations.Mutant m : mutants) {
            JsonNode mutated = m.tree();
            boolean fast = FAST.conforms(mutated);
            boolean full = SchemaValidator.instance().validate(mutated).isEmpty();
            if (!full) {
                refused++;
            }
            if (fast != full && !(m.beyondLong() && !fast)) {
                disagreements.add(m.description() + " (fast " + fast + ", networknt " + full + ")");
            }
        }
        assertThat(disagreements).as(name).isEmpty();
        // The mutations really break the schema in many ways (and of a valid case, keep it in many others).
        assertThat(refused).as("mutants networknt refuses").isGreaterThan(mutants.size() / 3);
        if (SchemaValidator.instance().validate(tree).isEmpty()) {
            assertThat(mutants.size() - refused).as("mutants networknt accepts").isGreaterThan(mutants.size() / 20);
        }
    }

    static Stream<Arguments> generatedCases() {
        return Stream.iterate(0, i -> i + 1).limit(300).map(seed -> Arguments.of(seed, variant(seed)));
    }

    @ParameterizedTest(name = "variant {0}")
    @MethodSource("generatedCases")
    void fastCheck_agreesWithNetworknt_onGeneratedVariants(int seed, JsonNode tree) {
        assertThat(FAST.conforms(tree)).isEqualTo(SchemaValidator.instance().validate(tree).isEmpty());
    }

    /**
     * The every-field case with a random part of its optional content removed and one random mutation applied
     * half of the time: combinations the systematic mutations do not make.
     */
    private static JsonNode variant(int seed) {
        SplittableRandom random = new SplittableRandom(seed);
        JsonNode tree = everyField();
        prune(tree, random, true);
        if (random.nextBoolean()) {
            List<SchemaMutations.Mutant> mutants = SchemaMutations.of(tree, Set.of("hours", "category", "before"));
            tree = mutants.get(random.nextInt(mutants.size())).tree();
        }
        return tree;
    }

    private static void prune(JsonNode node, SplittableRandom random, boolean root) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String n : names) {
                if (!root && random.nextInt(4) == 0) {
                    object.remove(n);
                } else {
                    prune(object.get(n), random, false);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (Iterator<JsonNode> it = array.iterator(); it.hasNext(); ) {
                JsonNode item = it.next();
                if (random.nextInt(5) == 0) {
                    it.remove();
                } else {
                    prune(item, random, false);
                }
            }
        }
    }

    static JsonNode everyField() {
        try (InputStream in = SchemaCheckDifferentialTest.class.getResourceAsStream("/schema-check/every-field.yaml")) {
            return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), false);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode parse(String text, boolean json) {
        JsonNode tree = parseOrNull(text, json);
        if (tree == null) {
            throw new IllegalStateException("does not parse: " + text);
        }
        return tree;
    }

    private static JsonNode parseOrNull(String text, boolean json) {
        try {
            return PARSER.parse(CaseFiles.withoutBom(text), json, false).root();
        } catch (ParseFailure e) {
            return null;
        }
    }

    private static Set<String> schemaNames() {
        try (InputStream in = SchemaCheckDifferentialTest.class.getClassLoader()
                .getResourceAsStream(CaseReader.schemaResource())) {
            return SchemaMutations.propertyNames(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
