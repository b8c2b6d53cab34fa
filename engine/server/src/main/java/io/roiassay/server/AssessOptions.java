package io.roiassay.server;

import io.javalin.http.Context;
import io.roiassay.engine.report.ReportFormats;
import io.roiassay.engine.report.ReportRenderer;

/**
 * The options of {@code POST /api/v1/assessments}, from the query string: {@code format} (one of the engine's
 * report formats), {@code lang}, {@code draws} and {@code seed}, checked the way {@code assay assess} checks its
 * options; draws and seed become the engine's options with {@code assess}'s defaults (10,000 draws, seed 1).
 */
record AssessOptions(ReportRenderer format, String lang, io.roiassay.engine.assess.AssessOptions engineOptions) {

    static AssessOptions of(Context ctx, ReportFormats formats, int maxDraws) {
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
                throw bad("seed must be a whole number, not '" + s + "'");
            }
        }
        try {
            return new AssessOptions(format, lang,
                    io.roiassay.engine.assess.AssessOptions.of(draws, seed, io.roiassay.engine.assess.AssessOptions.DEFAULT_DRAWS));
        } catch (IllegalArgumentException e) {
            throw bad(e.getMessage());
        }
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
