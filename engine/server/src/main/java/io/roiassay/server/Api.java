package io.roiassay.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.roiassay.engine.RoiAssay;
import io.roiassay.engine.caseio.CaseException;
import io.roiassay.engine.model.Case;
import io.roiassay.engine.report.BuiltInFormat;
import io.roiassay.engine.report.InputHash;
import io.roiassay.engine.report.JsonReportWriter;
import io.roiassay.engine.report.Report;
import io.roiassay.engine.workflow.ReportFileException;
import io.roiassay.engine.workflow.ReportFiles;
import io.roiassay.engine.workflow.ReportVerification;

import java.nio.charset.StandardCharsets;

/** The handlers of {@code /api/v1}: assess, normalize, verify, plugins, health. Stateless: one engine, shared. */
final class Api {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final RoiAssay assay;
    private final Workers workers;
    private final ServerOptions options;
    private final byte[] plugins;
    private final RequestBodies bodies;

    Api(RoiAssay assay, Workers workers, ServerOptions options, byte[] plugins, RequestBodies bodies) {
        this.assay = assay;
        this.workers = workers;
        this.options = options;
        this.plugins = plugins;
        this.bodies = bodies;
    }

    /** {@code POST /api/v1/assessments}: the report, exactly the bytes {@code assay assess} writes. */
    void assess(Context ctx) throws Exception {
        AssessOptions o = AssessOptions.of(ctx, assay.formats(), options.maxDraws());
        String accept = ctx.header("Accept");
        if (!AcceptHeader.allows(accept, o.format().mediaType())) {
            // the format the client can take, if there is one, as the hint
            String fits = assay.formats().names().stream().filter(n -> AcceptHeader.allows(accept, assay.formats().get(n).mediaType()))
                    .findFirst().map(n -> ", e.g. ?format=" + n).orElse("");
            throw new Problem(406, "not-acceptable", "Not acceptable", "format=" + o.format().name() + " answers "
                    + o.format().mediaType() + ", which Accept: " + accept + " does not take; the report's format is"
                    + " chosen with format= (" + String.join(", ", assay.formats().names()) + ")" + fits);
        }
        boolean json = RequestBodies.isJson(ctx);
        String body = bodies.text(ctx);
        String[] caseId = new String[1]; // set on the worker; read after run returns
        byte[] rendered = workers.run(() -> {
            Case theCase = read(body, json ? "request.json" : "request.yaml", json);
            caseId[0] = theCase.id();
            Report report = assay.engine().assess(theCase, o.lang(), o.engineOptions());
            if (o.embedCase()) {
                report = report.withEmbeddedCase(theCase);
            }
            // The server writes many reports: JSON with the generated accessors the batch uses (same bytes).
            return o.format() == BuiltInFormat.json ? JsonReportWriter.prettyBytes(report, true) : o.format().render(report);
        });
        String type = o.format().mediaType();
        ctx.contentType(type.startsWith("text/") || type.equals("application/json") ? type + "; charset=utf-8" : type);
        if (!type.startsWith("text/") && !type.equals("application/json")) {
            // named for the case, as the workbench names its downloads (acme-retail-2025-report.pdf)
            ctx.header("Content-Disposition", "inline; filename=\"" + fileStem(caseId[0]) + "-report." + o.format().name() + "\"");
        }
        ctx.result(rendered);
    }

    /** A case id as a file name's stem: letters, digits, '.', '_' and '-' kept, anything else '_', at most 80. */
    static String fileStem(String caseId) {
        String stem = caseId == null ? "" : caseId.replaceAll("[^A-Za-z0-9._-]", "_");
        stem = stem.length() > 80 ? stem.substring(0, 80) : stem;
        return stem.isEmpty() || stem.chars().allMatch(c -> c == '.') ? "case" : stem;
    }

    /**
     * {@code POST /api/v1/cases/normalize}: the case read exactly as an assessment reads it (same checks, same
     * 422), answered as its canonical JSON: aliases resolved to canonical ids, keys sorted, absent fields left
     * out, numbers as written. It is the text the report's {@code provenance.inputHash} is computed over.
     */
    void normalize(Context ctx) throws Exception {
        boolean json = RequestBodies.isJson(ctx);
        String body = bodies.text(ctx);
        String canonical = workers.run(() -> InputHash.canonicalJson(read(body, json ? "request.json" : "request.yaml", json)));
        json(ctx, utf8(canonical));
    }

    /** {@code POST /api/v1/verifications}: does the report reproduce from its case? */
    void verify(Context ctx) throws Exception {
        if (!RequestBodies.isJson(ctx)) {
            throw new Problem(415, "unsupported-media-type", "Unsupported media type",
                    "send {\"report\": ..., \"case\": ...} as application/json");
        }
        String body = bodies.text(ctx);
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new Problem(400, "bad-json", "Body is not JSON", "the body is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject() || !root.has("report")) {
            throw new Problem(400, "bad-request", "Report and case needed",
                    "send a JSON object with \"report\" (the JSON report, as text or object) and \"case\" (the case, as YAML/JSON text"
                            + " or object; not needed when the report embeds its case: embedCase=true, assess --embed-case)");
        }
        String reportText = asText(root.get("report"));
        String caseText = root.has("case") ? asText(root.get("case")) : null;
        boolean caseJson = caseText != null && caseText.stripLeading().startsWith("{");
        ObjectNode answer = workers.run(() -> {
            ReportFiles.Saved saved;
            try {
                saved = ReportFiles.parse(reportText, "report");
            } catch (ReportFileException e) {
                throw new Problem(422, "invalid-report", "Not a report", e.getMessage());
            }
            Case theCase = caseText != null ? read(caseText, caseJson ? "case.json" : "case.yaml", caseJson) : embeddedCase(saved);
            Report now = assay.engine().assess(theCase, saved.language(), saved.options());
            if (saved.hasEmbeddedCase()) {
                now = now.withEmbeddedCase(theCase); // as assay verify: the fresh report embeds the case the saved one did
            }
            ReportVerification v = ReportVerification.of(saved, now);
            ObjectNode n = MAPPER.createObjectNode();
            n.put("reproduced", v.reproduces());
            n.put("byteIdentical", v.byteIdentical());
            v.changes().paths().forEach(n.putArray("differences")::add);
            if (!n.has("differences")) {
                n.putArray("differences");
            }
            return n;
        });
        json(ctx, MAPPER.writeValueAsBytes(answer));
    }

    /** {@code GET /api/v1/plugins}: what {@code assay plugins} lists, as JSON. */
    void plugins(Context ctx) {
        json(ctx, plugins);
    }

    /** {@code GET /api/v1/health}: up, and which engine and rule pack answer. */
    void health(Context ctx) throws Exception {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("status", "ok");
        n.put("engineVersion", io.roiassay.engine.version.EngineInfo.version());
        json(ctx, MAPPER.writeValueAsBytes(n));
    }

    /** The case a report embeds ({@code provenance.case}), read like a posted case; 400 when it embeds none. */
    private Case embeddedCase(ReportFiles.Saved saved) {
        if (!saved.hasEmbeddedCase()) {
            throw new Problem(400, "bad-request", "Report and case needed", "the report embeds no case (provenance.case; it was"
                    + " made without embedCase=true or assess --embed-case): send \"case\" with it");
        }
        try {
            return saved.embeddedCase(assay.reader());
        } catch (CaseException e) {
            throw invalidCase("the case embedded in the report", e);
        } catch (ReportFileException e) {
            throw new Problem(422, "invalid-report", "Not a report", e.getMessage());
        }
    }

    private Case read(String text, String name, boolean json) {
        try {
            return assay.reader().read(text, name, json);
        } catch (CaseException e) {
            throw invalidCase("the case", e);
        }
    }

    /** 422 with every error of a case: "{@code subject} has 2 errors". */
    private static Problem invalidCase(String subject, CaseException e) {
        int n = e.errors().size();
        return new Problem(422, "invalid-case", "Invalid case", subject + " has " + n + (n == 1 ? " error" : " errors"), e.errors());
    }

    private static String asText(JsonNode n) throws com.fasterxml.jackson.core.JsonProcessingException {
        return n.isTextual() ? n.asText() : MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(n);
    }

    static void json(Context ctx, byte[] body) {
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(body);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
