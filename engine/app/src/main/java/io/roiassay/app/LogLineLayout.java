package io.roiassay.app;

import ch.qos.logback.classic.pattern.TargetLengthBasedClassNameAbbreviator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;

/**
 * One log line on standard error, as the pattern {@code %level %logger{20}: %msg%n} writes it (and, like that
 * pattern, an exception's stack trace after it). Written out instead of logback's {@code PatternLayout}, whose
 * start-up (its converter table and pattern parser, about 80 classes) cost a cold start about 15 ms of CPU.
 */
final class LogLineLayout extends LayoutBase<ILoggingEvent> {

    private final TargetLengthBasedClassNameAbbreviator abbreviator = new TargetLengthBasedClassNameAbbreviator(20);

    @Override
    public String doLayout(ILoggingEvent event) {
        StringBuilder line = new StringBuilder(128)
                .append(event.getLevel()).append(' ')
                .append(abbreviator.abbreviate(event.getLoggerName())).append(": ")
                .append(event.getFormattedMessage()).append(CoreConstants.LINE_SEPARATOR);
        IThrowableProxy thrown = event.getThrowableProxy();
        if (thrown != null) {
            line.append(ThrowableProxyUtil.asString(thrown));
        }
        return line.toString();
    }
}
