package io.roiassay.engine.report;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

/**
 * The indentation of JSON reports: two spaces per level, {@code "\n"} line breaks on every platform, a space
 * after each field's colon. Its own type so that {@link RepeatedSection} knows the layout it may reproduce.
 */
final class ReportPrettyPrinter extends DefaultPrettyPrinter {

    private static final String INDENT = "  ";

    ReportPrettyPrinter() {
        super(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        indentObjectsWith(new DefaultIndenter(INDENT, "\n"));
        indentArraysWith(new DefaultIndenter(INDENT, "\n"));
    }

    private ReportPrettyPrinter(ReportPrettyPrinter base) {
        super(base);
    }

    @Override
    public ReportPrettyPrinter createInstance() {
        return new ReportPrettyPrinter(this);
    }

    /** Text indented from depth 0 as if written {@code depth} levels in: the indentation added after each line break. */
    static String shift(String text, int depth) {
        return depth == 0 ? text : text.replace("\n", "\n" + INDENT.repeat(depth));
    }
}
