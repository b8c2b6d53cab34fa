package io.roiassay.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.roiassay.engine.RoiAssay;
import io.roiassay.engine.assess.AssessOptions;
import io.roiassay.engine.caseio.CaseException;
import io.roiassay.engine.facts.ProfileKeys;
import io.roiassay.engine.model.Case;
import io.roiassay.engine.report.ReportProfile;
import io.roiassay.engine.report.Words;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * {@code GET /api/v1/profile}: the industry profile the rules build for a company (industry, currency, size,
 * deployment), and for each assumption a case may override ({@code assumptions.<key>}) the profile's value and
 * its source note. Found by assessing a case with only those fields (no draws), so it is what an assessment uses.
 */
final class ProfileQuery {

    /** Numbers as the digits they hold (120, never 1.2E+2), like every other answer of the API. */
    private static final ObjectMapper MAPPER = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
    /** The names {@code assumptions.values} accepts (the case schema's pattern). */
    private static final Pattern VALUE_NAME = Pattern.compile("^[a-z][A-Za-z0-9]*$");
    /** The case's own assumption fields, in the order docs/case-format.md lists them, with their profile key. */
    private static final Map<String, String> FIELDS = fields();

    private final RoiAssay assay;
    private final Workers workers;

    ProfileQuery(RoiAssay assay, Workers workers) {
        this.assay = assay;
        this.workers = workers;
    }

    /** The query parameters the route takes; any other is a 400, as on every route. */
    static final List<String> NAMES = List.of("industry", "employees", "annualRevenue", "currency", "model");

    void handle(Context ctx) throws Exception {
        io.roiassay.server.AssessOptions.only(ctx.queryParamMap(), NAMES);
        ObjectNode c = MAPPER.createObjectNode();
        c.put("format", Case.FORMAT);
        c.put("id", "profile");
        c.put("currency", param(ctx, "currency", "USD"));
        ObjectNode company = c.putObject("company");
        company.put("industry", param(ctx, "industry", "other"));
        number(ctx, company, "employees");
        number(ctx, company, "annualRevenue");
        String model = ctx.queryParam("model");
        if (model != null && !model.isBlank()) {
            c.putObject("deployment").put("model", model);
        }
        c.putArray("costs");
        String json = MAPPER.writeValueAsString(c);
        byte[] answer = workers.run(() -> {
            Case theCase;
            try {
                theCase = assay.reader().read(json, "query", true);
            } catch (CaseException e) {
                // the errors name the query's parameters, not places in the case made from them (a line and column
                // of that made-up case would point nowhere the caller can see)
                List<io.roiassay.engine.caseio.CaseError> errors = e.errors().stream().map(ProfileQuery::asParameter).toList();
                throw new Problem(400, "bad-query", "Bad query", "the query does not describe a company: "
                        + errors.get(0).path() + ": " + errors.get(0).message(), errors);
            }
            return MAPPER.writeValueAsBytes(
                    describe(assay.engine().assess(theCase, "en", AssessOptions.NO_DRAWS).profile()));
        });
        Api.json(ctx, answer);
    }

    /** The profile and its overridable assumptions as the endpoint answers them. */
    static ObjectNode describe(ReportProfile p) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("industry", p.industry());
        n.put("segment", p.segment());
        n.put("deployment", p.deployment());
        // the three in words, for a page in either language (the ids above are what a case and the rules use)
        ObjectNode words = n.putObject("words");
        for (String lang : List.of("en", "zh-CN")) {
            words.putObject(lang).put("industry", Words.of(lang, "industry", p.industry()))
                    .put("segment", Words.of(lang, "segment", p.segment()))
                    .put("deployment", Words.of(lang, "deployment", p.deployment()));
        }
        ArrayNode list = n.putArray("overrides");
        Map<String, ReportProfile.Assumption> a = p.assumptions();
        FIELDS.forEach((field, key) -> {
            if (field.equals("rampUp")) {
                ArrayNode years = MAPPER.createArrayNode();
                String note = null;
                for (int y = 1; y <= ProfileKeys.MAX_YEARS && a.containsKey(ProfileKeys.RAMP_UP_PREFIX + y); y++) {
                    ReportProfile.Assumption v = a.get(ProfileKeys.RAMP_UP_PREFIX + y);
                    years.addPOJO(v.value());
                    note = note == null ? v.note() : note;
                }
                add(list, field, years, note);
            } else {
                ReportProfile.Assumption v = a.get(key);
                add(list, field, v == null ? null : MAPPER.valueToTree(v.value()), v == null ? null : v.note());
            }
        });
        Map<String, ReportProfile.Assumption> named = new TreeMap<>(a);
        named.forEach((key, v) -> {
            if (VALUE_NAME.matcher(key).matches() && !FIELDS.containsValue(key) && v.value() instanceof BigDecimal) {
                add(list, "values." + key, MAPPER.valueToTree(v.value()), v.note());
            }
        });
        return n;
    }

    private static void add(ArrayNode list, String key, JsonNode value, String note) {
        ObjectNode x = list.addObject();
        x.put("key", key);
        x.set("value", value == null ? MAPPER.nullNode() : value);
        x.put("note", note);
    }

    private static Map<String, String> fields() {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("loadedHourlyCost", ProfileKeys.LOADED_HOURLY_COST);
        m.put("rampUp", ProfileKeys.RAMP_UP_PREFIX + "1");
        m.put("riskAdjustment.benefits", ProfileKeys.RISK_BENEFITS);
        m.put("riskAdjustment.costs", ProfileKeys.RISK_COSTS);
        m.put("adoptionThreshold", ProfileKeys.ADOPTION_THRESHOLD);
        for (String role : List.of("sales", "service", "marketing", "unspecified")) {
            m.put("productivityFactors." + role, ProfileKeys.PRODUCTIVITY_PREFIX + role);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    private static String param(Context ctx, String name, String fallback) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? fallback : v.strip();
    }

    private static void number(Context ctx, ObjectNode into, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return;
        }
        try {
            BigDecimal d = new BigDecimal(v.strip());
            if (name.equals("employees")) {
                into.put(name, d.intValueExact());
            } else {
                into.put(name, d);
            }
        } catch (NumberFormatException | ArithmeticException e) {
            throw new Problem(400, "bad-query", "Bad query", name + " must be a " + (name.equals("employees")
                    ? "whole number" : "number") + ", not '" + v + "'");
        }
    }

    /** A case error as an error of the query parameter it came from ({@code company.employees} → {@code employees}). */
    static io.roiassay.engine.caseio.CaseError asParameter(io.roiassay.engine.caseio.CaseError e) {
        String path = e.path();
        for (String name : NAMES) {
            if (path.equals(name) || path.endsWith("." + name)) {
                path = name;
                break;
            }
        }
        return new io.roiassay.engine.caseio.CaseError("query", path, null, null, e.message());
    }
}
