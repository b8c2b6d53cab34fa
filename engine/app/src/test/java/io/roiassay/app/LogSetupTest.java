package io.roiassay.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;

import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line's logging: warnings and worse on standard error, Drools' build-error lines silenced. */
class LogSetupTest {

    @Test
    void configure_sendsWarningsToStandardError_andSilencesDroolsBuildErrorLines() {
        LoggerContext context = new LoggerContext();
        var status = new LogSetup().configure(context);

        assertThat(status).isEqualTo(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        var root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.WARN);
        var appender = (ConsoleAppender<?>) root.getAppender("STDERR");
        assertThat(appender.getTarget()).isEqualTo("System.err");
        assertThat(appender.isStarted()).isTrue();
        assertThat(context.getLogger("org.drools.compiler.kie.builder.impl.KieProject").getEffectiveLevel())
                .isEqualTo(Level.OFF);
        assertThat(context.getLogger("org.drools.core.Something").getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("org.apache.pdfbox.pdmodel").getEffectiveLevel()).isEqualTo(Level.ERROR);
        assertThat(context.getLogger("io.javalin.Javalin").getEffectiveLevel()).isEqualTo(Level.OFF);
        assertThat(context.getLogger("io.javalin.http.JavalinServlet").getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(root.isInfoEnabled()).isFalse();
    }

    @Test
    void configure_stepsAsideForAConfigurationFileNamedOnTheCommandLine() {
        System.setProperty("logback.configurationFile", "custom.xml");
        try {
            LoggerContext context = new LoggerContext();
            assertThat(new LogSetup().configure(context)).isEqualTo(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
            assertThat(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("STDERR")).isNull();
        } finally {
            System.clearProperty("logback.configurationFile");
        }
    }

    @Test
    void logback_findsItThroughTheServiceLoader() {
        assertThat(ServiceLoader.load(Configurator.class).stream().map(p -> p.type().getName()))
                .contains(LogSetup.class.getName());
    }
}
