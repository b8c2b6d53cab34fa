package io.roiassay.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The log line on standard error: what logback's pattern {@code %level %logger{20}: %msg%n} wrote, byte for byte. */
class LogLineLayoutTest {

    private final LoggerContext context = new LoggerContext();

    private LoggingEvent event(String logger, Level level, String message, Throwable thrown, Object... args) {
        Logger l = context.getLogger(logger);
        return new LoggingEvent(Logger.class.getName(), l, level, message, thrown, args);
    }

    private String layout(LoggingEvent e) {
        LogLineLayout layout = new LogLineLayout();
        layout.setContext(context);
        layout.start();
        return layout.doLayout(e);
    }

    private String pattern(LoggingEvent e) {
        PatternLayout layout = new PatternLayout();
        layout.setContext(context);
        layout.setPattern("%level %logger{20}: %msg%n");
        layout.start();
        return layout.doLayout(e);
    }

    @Test
    void aWarning_isOneLine_withTheLoggerAbbreviated() {
        LoggingEvent e = event("org.drools.compiler.kie.builder.impl.KieProject", Level.WARN, "{} rules skipped", null, 3);
        assertThat(layout(e)).isEqualTo("WARN o.d.c.k.b.i.KieProject: 3 rules skipped" + System.lineSeparator());
        assertThat(layout(e)).isEqualTo(pattern(e));
        LoggingEvent shortName = event("Assessor", Level.ERROR, "平台错误", null);
        assertThat(layout(shortName)).isEqualTo("ERROR Assessor: 平台错误" + System.lineSeparator()).isEqualTo(pattern(shortName));
    }

    @Test
    void anException_followsTheLine_asThePatternWroteIt() {
        IllegalStateException thrown = new IllegalStateException("boom", new ArithmeticException("zero"));
        LoggingEvent e = event("org.kie.Thing", Level.ERROR, "failed", thrown);
        assertThat(layout(e)).startsWith("ERROR org.kie.Thing: failed" + System.lineSeparator()
                        + "java.lang.IllegalStateException: boom")
                .contains("Caused by: java.lang.ArithmeticException: zero")
                .isEqualTo(pattern(e));
    }
}
