package io.roiassay.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;

import java.util.Map;

/**
 * The command line's logging: reports go to standard output, every log line to standard error (one line each,
 * {@link LogLineLayout}), libraries only at WARN (some not at all, see {@link #LEVELS}). Set up in code instead of
 * a {@code logback.xml}: reading the XML loaded about 640 classes (logback's Joran and an XML parser) in every
 * cold start. A file named by {@code -Dlogback.configurationFile=FILE} still takes over, for whoever needs to see
 * more.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {

    /** Loggers set apart from the root level (WARN), and why. */
    static final Map<String, Level> LEVELS = Map.of(
            "org.drools", Level.WARN,
            "org.kie", Level.WARN,
            // Drools advises package names that mirror folders; our packs are laid out by concern, so the advice is noise.
            "org.drools.compiler.kie.builder.impl.KieBuilderImpl", Level.ERROR,
            // Drools 10 calls agenda-group deprecated in favour of ruleflow-group; we drive phases through agenda focus.
            "org.drools.drl.parser.lang.ParserHelper", Level.ERROR,
            // Drools logs every build error here (twice); `rules check` and the rule-pack error report them with file
            // and line, so the log lines would only repeat them in Drools' words.
            "org.drools.compiler.kie.builder.impl.KieProject", Level.OFF,
            // PDF output: PDFBox warns about fonts it substitutes for the PDF base fonts the report never uses.
            "org.apache.pdfbox", Level.ERROR,
            "org.apache.fontbox", Level.ERROR,
            // serve: Javalin logs "Failed to start Javalin" before the command says which address and port, and why.
            "io.javalin.Javalin", Level.OFF);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        LogLineLayout layout = new LogLineLayout();
        layout.setContext(context);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        LEVELS.forEach((name, level) -> context.getLogger(name).setLevel(level));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
