package io.roiassay.engine.bench;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmarks run with libraries at WARN (src/main/resources/logback.xml). Without it logback logs DEBUG to
 * standard output, Drools writes a line for every agenda state change, and a rule-session benchmark measures
 * that logging: the bare-Drools and rules-alone rates read about half their real value.
 */
class BenchmarkLoggingTest {

    @Test
    void droolsAgenda_isNotLoggedAtDebugOrInfo() {
        var agenda = LoggerFactory.getLogger("org.drools.kiesession.agenda.DefaultAgenda");
        assertThat(agenda.isDebugEnabled()).isFalse();
        assertThat(agenda.isInfoEnabled()).isFalse();
        assertThat(agenda.isWarnEnabled()).isTrue();
    }
}
