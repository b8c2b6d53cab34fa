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
        // The Monte Carlo draws are not in this engine version yet: only "off" is accepted, so no request
        // silently gets less than it asked for.
        if ((draws != null && draws != 0) || seed != null) {
            throw new Problem(400, "unsupported-option", "Option not supported",
                    "this engine version has no Monte Carlo draws yet: draws=0 is the only value accepted, and no seed");
        }
        return new AssessOptions(format, lang, draws, seed);
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
