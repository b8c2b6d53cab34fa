package io.roiassay.engine.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders of a catalogue text as the report fills them ({@code io.roiassay.engine.report.Placeholders}):
 * {@code {name}}, and {@code {name:percent}} for a rate shown as a percentage. Any other format is printed as
 * written, so the catalogue check refuses it.
 */
final class CataloguePlaceholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9._-]*)(:percent)?}");
    private static final Pattern FORMATTED = Pattern.compile("\\{([A-Za-z][A-Za-z0-9._-]*):([^{}]*)}");

    private CataloguePlaceholders() {
    }

    /** The names the text's placeholders fill, sorted. */
    static Set<String> names(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** Placeholders with a format other than {@code percent} ({@code {cost:money}}), as written, in text order. */
    static List<String> unknownFormats(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = FORMATTED.matcher(text);
        while (m.find()) {
            if (!m.group(2).equals("percent")) {
                out.add(m.group());
            }
        }
        return out;
    }
}
