package io.roiassay.engine.report;

import io.roiassay.engine.io.VisibleControls;

import java.util.stream.Collectors;

/**
 * The HTML report's closing parts, for an auditor: the provenance (engine, rule pack and input hashes, the
 * plugins and rule files with their SHA-256) and the trace of every rule that fired, with the facts it matched.
 */
final class HtmlProvenanceSections extends HtmlWriterBase {

    private HtmlProvenanceSections(Report report) {
        super(report);
    }

    /** The provenance and trace sections of the report, as HTML. */
    static String of(Report report) {
        HtmlProvenanceSections w = new HtmlProvenanceSections(report);
        w.provenance();
        w.trace();
        return w.out.toString();
    }

    private void provenance() {
        ReportProvenance p = r.provenance();
        section("provenance", "provenance");
        out.append("<dl class=\"facts\">\n");
        fact("engineVersion", esc(p.engineVersion()));
        if (p.engineCommit() != null) {
            fact("engineCommit", "<code>" + esc(p.engineCommit()) + "</code>");
        }
        fact("rulesHash", "<code>" + esc(p.rulesHash()) + "</code>");
        fact("inputHash", "<code>" + esc(p.inputHash()) + "</code>");
        if (!p.ruleFiles().isEmpty()) {
            fact("ruleFiles", esc(Labels.ruleFilesCount(lang, p)));
        }
        out.append("</dl>\n");
        if (!p.plugins().isEmpty()) {
            out.append("<table class=\"plugins\"><thead><tr><th>").append(esc(l("plugin"))).append("</th><th>")
                    .append(esc(l("origin"))).append("</th><th>SHA-256</th></tr></thead><tbody>\n");
            for (var pl : p.plugins()) {
                out.append("<tr><td><code>").append(esc(pl.id())).append('@').append(esc(pl.version())).append("</code></td><td>")
                        .append(esc(Labels.word(lang, "pluginOrigin", pl.origin()))).append("</td><td>")
                        .append(pl.jarHash() == null ? "" : "<code>" + esc(pl.jarHash()) + "</code>").append("</td></tr>\n");
            }
            out.append("</tbody></table>\n");
        }
        if (!p.ruleFiles().isEmpty()) {
            out.append("<details class=\"rule-files\"><summary>").append(esc(l("ruleFiles"))).append(esc(l("parenOpen"))).append(p.ruleFiles().size())
                    .append(esc(l("parenClose"))).append("</summary>\n<table class=\"rule-files\"><thead><tr><th>").append(esc(l("file"))).append("</th><th>")
                    .append(esc(l("origin"))).append("</th><th>SHA-256</th></tr></thead><tbody>\n");
            for (var f : p.ruleFiles()) {
                out.append("<tr><td><code>").append(esc(VisibleControls.of(f.path()))).append("</code></td><td>")
                        .append(esc(Labels.word(lang, "fileOrigin", f.origin()))).append("</td><td><code>").append(esc(f.sha256()))
                        .append("</code></td></tr>\n");
            }
            out.append("</tbody></table>\n</details>\n");
        }
        out.append("</section>\n");
    }

    private void trace() {
        out.append("<section id=\"trace\">\n<details class=\"trace\"><summary>").append(esc(l("trace"))).append(esc(l("parenOpen")))
                .append(r.trace().size()).append(esc(l("parenClose"))).append("</summary>\n<ol>\n");
        for (var t : r.trace()) {
            out.append("<li><code>").append(esc(t.rule())).append("</code> — <span class=\"file\">").append(esc(VisibleControls.of(t.file())))
                    .append("</span>");
            if (t.facts() != null && !t.facts().isEmpty()) {
                out.append("<br/><span class=\"muted\">").append(esc(l("facts"))).append(esc(l("colon")))
                        .append(t.facts().stream().map(HtmlEscaper::escape).collect(Collectors.joining("; "))).append("</span>");
            }
            out.append("</li>\n");
        }
        out.append("</ol>\n</details>\n</section>\n");
    }
}
