package io.roiassay.server;

import io.javalin.http.Context;
import io.roiassay.engine.cli.ReportFormat;

/**
 * The options of {@code POST /api/v1/assessments}, from the query string: {@code format}, {@code lang},
 * {@code draws} and {@code seed}, checked the way {@code assay assess} checks its options.
 */
record AssessOptions(ReportFormat format, String lang, Integer draws, Long seed) {

    static AssessOptions of(Context ctx) {
        String f = ctx.queryParam("format");
        ReportFormat format;
        try {
            format = f == null ? ReportFormat.json : ReportFormat.valueOf(f);
        } catch (IllegalArgumentException e) {
            throw bad("format must be json, md, html or pdf, not '" + f + "'");
        }
        String lang = ctx.queryParam("lang");
        if (lang != null && !lang.equals("en") && !lang.equals("zh-CN")) {
            throw bad("lang must be en or zh-CN, not '" + lang + "'");
        }
        Integer draws = integer(ctx, "draws");
        if (draws != null && draws < 0) {
            throw bad("draws must be 0 or more, not " + draws);
        }
        Long seed = null;
        String s = ctx.queryParam("seed");
        if (s != null) {
            try {
                seed = Long.parseLong(s);
            } catch (NumberFormatException e) {
                throw bad("seed must be a whole number, not '" + s + "'");
            }
        }
        if (draws != null && draws > io.roiassay.engine.assess.AssessOptions.MAX_DRAWS) {
            throw bad("draws must be between 0 (no Monte Carlo) and "
                    + io.roiassay.engine.assess.AssessOptions.MAX_DRAWS + ", not " + draws);
        }
        return new AssessOptions(format, lang, draws, seed);
    }

    /**
     * The engine's options, as {@code assay assess} takes them: 10,000 draws and seed 1 unless the request
     * says otherwise, so the same case and options give the same bytes from both.
     */
    io.roiassay.engine.assess.AssessOptions engineOptions() {
        return new io.roiassay.engine.assess.AssessOptions(
                draws == null ? io.roiassay.engine.assess.AssessOptions.DEFAULT_DRAWS : draws,
                seed == null ? io.roiassay.engine.assess.AssessOptions.DEFAULT_SEED : seed);
    }

    private static Integer integer(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null) {
            return null;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw bad(name + " must be a whole number, not '" + v + "'");
        }
    }

    private static Problem bad(String detail) {
        return new Problem(400, "bad-option", "Bad option", detail);
    }
}
