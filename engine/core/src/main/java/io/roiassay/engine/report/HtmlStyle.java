package io.roiassay.engine.report;

/**
 * The inline style sheet of the HTML report: system fonts only, nothing fetched. Kept free of {@code <} and
 * {@code &} so the page stays parseable as XML.
 */
final class HtmlStyle {

    private HtmlStyle() {
    }

    static final String CSS = """
            :root { --ink: #24292f; --muted: #57606a; --line: #d0d7de; --soft: #f6f8fa; --accent: #1f6feb; }
            * { box-sizing: border-box; }
            body { margin: 0; background: #eef1f4; color: var(--ink);
                   font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
                         "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
            main { max-width: 1040px; margin: 24px auto; background: #fff; padding: 32px 44px 40px;
                   border: 1px solid var(--line); border-radius: 8px; }
            header { border-bottom: 3px solid var(--ink); padding-bottom: 12px; margin-bottom: 8px; }
            .eyebrow { margin: 0; text-transform: uppercase; letter-spacing: .08em; font-size: 12px; color: var(--muted); }
            h1 { margin: 4px 0 6px; font-size: 28px; line-height: 1.25; }
            h2 { font-size: 20px; margin: 36px 0 12px; padding-bottom: 6px; border-bottom: 1px solid var(--line); }
            h3 { font-size: 16px; margin: 24px 0 8px; }
            .meta, .muted, .file { color: var(--muted); }
            .meta { margin: 0; font-size: 13px; }
            code { font: 12.5px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
                   background: var(--soft); border: 1px solid #eaeef2; border-radius: 4px; padding: 0 4px; }
            table { border-collapse: collapse; width: 100%; margin: 8px 0 12px; font-size: 14px; }
            th, td { border: 1px solid var(--line); padding: 6px 10px; text-align: left; vertical-align: top; }
            thead th { background: var(--soft); font-weight: 600; }
            tbody th { font-weight: 500; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            td.neg { color: #cf222e; }
            .def { border-bottom: 1px dotted var(--muted); cursor: help; }
            .verdict { border: 1px solid var(--line); border-left: 8px solid #8c959f; border-radius: 6px;
                       padding: 16px 20px; margin-top: 20px; background: #fbfcfd; }
            .verdict.grade-strong, .verdict.grade-positive { border-left-color: #1a7f37; }
            .verdict.grade-marginal { border-left-color: #bf8700; }
            .verdict.grade-negative { border-left-color: #cf222e; }
            .verdict h2 { margin: 0 0 10px; padding: 0; border: 0; font-size: 12px; text-transform: uppercase;
                          letter-spacing: .08em; color: var(--muted); }
            .verdict-head { display: flex; align-items: center; gap: 14px; flex-wrap: wrap; }
            .badge { display: inline-block; padding: 4px 14px; border-radius: 999px; color: #fff; font-weight: 700;
                     font-size: 15px; letter-spacing: .03em; background: #6e7781; }
            .badge-strong { background: #116329; } .badge-positive { background: #1a7f37; }
            .badge-marginal { background: #bf8700; } .badge-negative { background: #cf222e; }
            .badge-unproven { background: #6e7781; }
            .headline { font-size: 19px; font-weight: 600; margin: 12px 0 8px; }
            .rule-line { font-size: 13px; margin: 4px 0; color: var(--muted); }
            .cards { display: grid; grid-template-columns: repeat(4, 1fr); gap: 12px; margin-top: 14px; }
            .card { border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; background: #fff; }
            .card .k { font-size: 12px; color: var(--muted); }
            .card .v { font-size: 20px; font-weight: 700; font-variant-numeric: tabular-nums; }
            dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 8px 0; }
            dl.facts dt { color: var(--muted); } dl.facts dd { margin: 0; }
            dl.defs { font-size: 13px; color: var(--muted); margin: 8px 0; }
            dl.defs dt { font-weight: 600; color: var(--ink); margin-top: 6px; } dl.defs dd { margin: 0 0 0 16px; }
            .chart { display: block; width: 100%; height: auto; margin: 8px 0; border: 1px solid #eaeef2;
                     border-radius: 6px; background: #fff; }
            .inputs { margin: 4px 0 0; padding: 0; list-style: none; font-size: 13px; }
            .finding { border: 1px solid var(--line); border-left: 4px solid #8c959f; border-radius: 6px;
                       padding: 10px 14px; margin: 10px 0; }
            .finding.sev-critical, .finding.sev-error { border-left-color: #cf222e; }
            .finding.sev-warning { border-left-color: #bf8700; }
            .finding.sev-info { border-left-color: #0969da; }
            .finding p { margin: 6px 0; }
            .finding dl.facts { font-size: 13px; }
            .pill { display: inline-block; font-size: 12px; padding: 0 8px; border-radius: 999px; border: 1px solid var(--line);
                    background: var(--soft); color: var(--muted); margin-left: 6px; }
            .count { font-weight: 400; color: var(--muted); font-size: 13px; }
            ol.recs li { margin: 8px 0; }
            details { margin: 8px 0; }
            summary { cursor: pointer; font-weight: 600; }
            details.trace li { margin: 4px 0; font-size: 13px; }
            a { color: var(--accent); text-decoration: none; } a:hover { text-decoration: underline; }
            .summary ul.summary-points { margin: 4px 0 12px; padding-left: 20px; }
            .summary ul.summary-points li { margin: 6px 0; }
            .summary li.s-verdict { font-weight: 600; }
            p.note { font-size: 13px; margin: 2px 0 12px; }
            footer { margin-top: 32px; font-size: 12px; color: var(--muted); }
            @media print { body { background: #fff; } main { border: 0; margin: 0; max-width: none; } }
            """;
}
