package io.roiassay.server;

import io.javalin.http.Context;
import io.roiassay.engine.report.ReportFormats;
import io.roiassay.engine.report.ReportRenderer;

/**
 * The options of {@code POST /api/v1/assessments}, from the query string: {@code format} (one of the engine's
 * report formats), {@code lang}, {@code draws}, {@code seed} and {@code embedCase}, checked the way {@code assay assess}
 * checks its options; draws and seed become the engine's options with {@code assess}'s defaults (10,000 draws, seed 1).
 */
record AssessOptions(ReportRenderer format, String lang, io.roiassay.engine.assess.AssessOptions engineOptions,
                     boolean embedCase) {

    /** The query parameters an assessment takes; any other, or one given twice, is a 400 (not silently dropped). */
    static final java.util.List<String> NAMES = java.util.List.of("format", "lang", "draws", "seed", "embedCase");

    static AssessOptions of(Context ctx, ReportFormats formats, int maxDraws) {
        only(ctx.queryParamMap(), NAMES);
        String f = ctx.queryParam("format");
        ReportRenderer format = formats.get(f == null ? "json" : f);
        if (format == null) {
            throw bad("format must be one of " + String.join(", ", formats.names()) + ", not '" + f + "'");
        }
        String lang = ctx.queryParam("lang");
        if (lang != null && !lang.equals("en") && !lang.equals("zh-CN")) {
            throw bad("lang must be en or zh-CN, not '" + lang + "'");
        }
        Integer draws = integer(ctx, "draws");
        if (draws != null && draws > maxDraws && draws <= io.roiassay.engine.assess.AssessOptions.MAX_DRAWS) {
            throw bad("draws must be at most " + maxDraws + " on this server (serve --max-draws), not " + draws);
        }
        Long seed = null;
        String s = ctx.queryParam("seed");
        if (s != null) {
            try {
                seed = Long.parseLong(s);
            } catch (NumberFormatException e) {
                throw bad(digits(s)
                        ? "seed must be a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE + ", not '" + s + "'"
                        : "seed must be a whole number, not '" + s + "'");
            }
        }
        // as assess --embed-case: the case in the report's provenance, so that a verification needs only the report
        String embed = ctx.queryParam("embedCase");
        if (embed != null && !embed.equals("true") && !embed.equals("false")) {
            throw bad("embedCase must be true or false, not '" + embed + "'");
        }
        boolean embedCase = "true".equals(embed);
        if (embedCase && !format.name().equals("json")) {
            throw bad("embedCase applies to JSON reports (the form a verification reads), not to format=" + format.name());
        }
        try {
            return new AssessOptions(format, lang,
                    io.roiassay.engine.assess.AssessOptions.of(draws, seed, io.roiassay.engine.assess.AssessOptions.DEFAULT_DRAWS),
                    embedCase);
        } catch (IllegalArgumentException e) {
            throw bad(e.getMessage());
        }
    }

    /**
     * Refuses a parameter this route does not take ({@code ?draw=0} would otherwise give the default 10,000 draws
     * without a word) and one given more than once (which value counts would be a guess), naming a close match.
     */
    static void only(java.util.Map<String, java.util.List<String>> query, java.util.List<String> names) {
        for (var e : query.entrySet()) {
            String name = e.getKey();
            if (!names.contains(name)) {
                String nearest = io.roiassay.engine.errors.Suggestions.nearest(name.toLowerCase(java.util.Locale.ROOT), names);
                String near = nearest == null ? "" : " (did you mean '" + nearest + "'?)";
                throw bad("unknown parameter '" + shown(name) + "'" + near + "; this route takes "
                        + (names.isEmpty() ? "no query parameters" : String.join(", ", names)));
            }
            if (e.getValue().size() > 1) {
                throw bad("parameter '" + name + "' is given " + e.getValue().size() + " times; give it once");
            }
        }
    }

    private static String shown(String name) {
        String s = name.replaceAll("\\p{Cntrl}", "?");
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private static Integer integer(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null) {
            return null;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            // digits beyond an int are a whole number out of range (draws: at most MAX_DRAWS), not "not a whole number"
            throw bad(digits(v) && name.equals("draws")
                    ? "draws must be between 0 (no Monte Carlo) and " + io.roiassay.engine.assess.AssessOptions.MAX_DRAWS + ", not " + v
                    : name + " must be a whole number, not '" + v + "'");
        }
    }

    /** A whole number as Long.parseLong reads one, of any size: the parse failed on its range, not its form. */
    private static boolean digits(String text) {
        return text.matches("[+-]?[0-9]+");
    }

    private static Problem bad(String detail) {
        return new Problem(400, "bad-option", "Bad option", detail);
    }
}
