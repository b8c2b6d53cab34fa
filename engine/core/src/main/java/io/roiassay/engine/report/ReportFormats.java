package io.roiassay.engine.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The report formats an engine has, by name: the built-in ones first, then those an embedder added, in the order
 * they were bound. Immutable; {@link #require} is how the CLI and the server resolve {@code --format} /
 * {@code format=}.
 */
public final class ReportFormats {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final Map<String, ReportRenderer> byName;

    /**
     * @throws IllegalArgumentException when a name is not lower-case letters, digits and '-', a media type is
     *                                  blank, or two renderers share a name
     */
    public ReportFormats(Collection<? extends ReportRenderer> renderers) {
        Map<String, ReportRenderer> m = new LinkedHashMap<>();
        for (ReportRenderer r : renderers) {
            String name = r.name();
            if (name == null || !NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("report format " + r.getClass().getName() + " is named '" + name
                        + "'; a format name is lower-case letters, digits and '-'");
            }
            if (r.mediaType() == null || r.mediaType().isBlank()) {
                throw new IllegalArgumentException("report format '" + name + "' has no media type");
            }
            ReportRenderer before = m.putIfAbsent(name, r);
            if (before != null && before != r) {
                throw new IllegalArgumentException("two report formats are named '" + name + "': "
                        + before.getClass().getName() + " and " + r.getClass().getName());
            }
        }
        this.byName = Collections.unmodifiableMap(m);
    }

    /** The names, built-in first ({@code json, md, html, pdf, …}). */
    public List<String> names() {
        return new ArrayList<>(byName.keySet());
    }

    /** The renderer of that name, or null. */
    public ReportRenderer get(String name) {
        return byName.get(name);
    }

    /**
     * The renderer of that name.
     *
     * @throws IllegalArgumentException naming the formats there are, when there is none of that name
     */
    public ReportRenderer require(String name) {
        ReportRenderer r = byName.get(name);
        if (r == null) {
            throw new IllegalArgumentException("unknown report format '" + name + "'; the formats are "
                    + String.join(", ", byName.keySet()));
        }
        return r;
    }
}
