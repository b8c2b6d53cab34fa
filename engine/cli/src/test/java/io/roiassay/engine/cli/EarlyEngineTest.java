package io.roiassay.engine.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Which command lines start the default engine before they are parsed, and that the result is the same. */
class EarlyEngineTest {

    /** Each test starts with no early engine, whatever ran before it in this JVM. */
    @BeforeEach
    void noEarlyEngine() {
        EarlyEngine.take();
    }

    @ParameterizedTest
    @ValueSource(strings = {"assess case.yaml", "assess case.yaml --format md --lang en --draws 0 --out r.md",
            "batch cases.jsonl --jobs 2", "batch - --output summary", "serve --port 0", "assess -- --rules"})
    void plainCommandLines_startTheEngineEarly(String line) {
        assertThat(EarlyEngine.applies(line.split(" "))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"assess case.yaml --rules overlay", "assess case.yaml --rules=overlay",
            "assess case.yaml --plugins p", "batch x --plugin-timeout 10", "assess c --max-rule-firings 5",
            "assess c --rule-time-limit=9", "assess --help", "assess -h", "assess -V", "assess @args.txt",
            "verify r.json", "rules check", "plugins", "help assess", "--version", "assess c -hV"})
    void commandLinesThatMayChangeTheEngineOrNotLoadIt_doNot(String line) {
        assertThat(EarlyEngine.applies(line.split(" "))).isFalse();
        assertThat(EarlyEngine.applies(new String[0])).isFalse();
    }

    @Test
    void earlyEngine_givesTheSameReport_andIsTakenOnce() {
        String[] args = {"assess", Fixtures.ACME.toString(), "--draws", "0"};
        String plain = CliRun.of(args).out();

        EarlyEngine.startFor(args);
        CliRun early = CliRun.of(args);

        assertThat(early.exitCode()).isZero();
        assertThat(early.out()).isEqualTo(plain);
        assertThat(EarlyEngine.take()).as("taken by the run").isNull();
    }

    @Test
    void earlyEngine_isLeftUnused_whenTheParsedOptionsAreNotTheDefaults() {
        EarlyEngine.startFor(new String[] {"assess", "x.yaml"});
        try {
            EngineOptions other = EngineOptions.defaults();
            other.pluginTimeoutMs = 5;
            assertThat(other.load()).isNotNull();
            var early = EarlyEngine.take();
            assertThat(early).as("still there: not the options it was started with").isNotNull();
            assertThat(early.join().engine()).as("the early load finishes on its own").isNotNull();
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            EarlyEngine.take();
        }
    }
}
