package io.roiassay.engine.workflow;

import io.roiassay.engine.assess.AssessmentEngine;
import io.roiassay.engine.report.Report;
import io.roiassay.engine.report.ReportFigures;
import io.roiassay.engine.report.ReportFinding;
import io.roiassay.engine.report.ReportRecommendation;
import io.roiassay.engine.report.ReportRule;
import io.roiassay.engine.rules.RuleExecutionException;
import io.roiassay.engine.rules.RuleFile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Runs rule scenarios against an engine and says, for each, what was expected and what came out. */
public final class ScenarioRunner {

    private final AssessmentEngine engine;

    public ScenarioRunner(AssessmentEngine engine) {
        this.engine = engine;
    }

    /** The scenario files of a pack (built-in plus overlay, an overlay file replacing the built-in one of the same path). */
    public static List<RuleFile> scenarioFiles(List<RuleFile> packFiles) {
        return packFiles.stream().filter(ScenarioReader::isScenario).toList();
    }

    /** Runs one scenario. */
    public ScenarioResult run(Scenario s) {
        Report report;
        try {
            report = engine.assess(s.theCase(), null, s.options());
        } catch (RuleExecutionException e) {
            return new ScenarioResult(s, List.of("the rule pack failed on this case: " + e.getMessage()), true);
        }
        return new ScenarioResult(s, check(s.expect(), report));
    }

    /** Every expectation that does not hold, as a sentence. */
    static List<String> check(Expectation e, Report r) {
        List<String> out = new ArrayList<>();
        List<String> raised = r.findings().stream().map(ReportFinding::code).toList();
        for (String code : e.findingsPresent()) {
            if (!raised.contains(code)) {
                out.add("expected finding " + code + " to be present; the case raised: " + list(raised));
            }
        }
        for (String code : e.findingsAbsent()) {
            r.findings().stream().filter(f -> f.code().equals(code)).findFirst().ifPresent(f ->
                    out.add("expected finding " + code + " to be absent; it was raised by " + rule(f.rule())
                            + ": " + f.message()));
        }
        String grade = r.verdict() == null ? null : r.verdict().grade();
        if (!e.grades().isEmpty() && !e.grades().contains(grade)) {
            out.add("expected grade " + String.join(" or ", e.grades()) + "; got " + grade
                    + (r.verdict() == null ? "" : " (decided by " + rule(r.verdict().rule()) + ": " + r.verdict().headline() + ")"));
        }
        String confidence = r.verdict() == null ? null : r.verdict().confidence();
        if (!e.confidences().isEmpty() && !e.confidences().contains(confidence)) {
            out.add("expected confidence " + String.join(" or ", e.confidences()) + "; got " + confidence
                    + (r.verdict() == null || r.verdict().confidenceRule() == null ? ""
                    : " (set by " + rule(r.verdict().confidenceRule()) + ")"));
        }
        for (Map.Entry<String, Expectation.Range> f : e.figures().entrySet()) {
            BigDecimal actual = figure(r, f.getKey());
            if (!f.getValue().accepts(actual)) {
                out.add("expected " + f.getKey() + " " + f.getValue() + "; got "
                        + (actual == null ? "null" : actual.toPlainString()));
            }
        }
        List<String> made = r.recommendations().stream().map(ReportRecommendation::code).toList();
        for (String code : e.recommendationsPresent()) {
            if (!made.contains(code)) {
                out.add("expected recommendation " + code + " to be made; the case got: " + list(made));
            }
        }
        for (String code : e.recommendationsAbsent()) {
            r.recommendations().stream().filter(x -> x.code().equals(code)).findFirst().ifPresent(x ->
                    out.add("expected recommendation " + code + " not to be made; it was made by " + rule(x.rule())
                            + " because of " + list(x.because())));
        }
        String headline = r.verdict() == null ? "" : r.verdict().headline();
        for (String text : e.headlineContains()) {
            if (!headline.contains(text)) {
                out.add("expected the headline to contain \"" + text + "\"; it reads: " + headline);
            }
        }
        for (String text : e.headlineAbsent()) {
            if (headline.contains(text)) {
                out.add("expected the headline not to contain \"" + text + "\"; it reads: " + headline);
            }
        }
        return out;
    }

    private static BigDecimal figure(Report r, String key) {
        String[] parts = key.split("\\.", 2);
        ReportFigures f = parts[0].equals("entered") ? r.financials().entered() : r.financials().adjusted();
        return switch (parts[1]) {
            case "totalCosts" -> f.totalCosts();
            case "totalBenefits" -> f.totalBenefits();
            case "pvCosts" -> f.pvCosts();
            case "pvBenefits" -> f.pvBenefits();
            case "npv" -> f.npv();
            case "roiPercent" -> f.roiPercent();
            case "simpleRoiPercent" -> f.simpleRoiPercent();
            case "paybackMonths" -> f.paybackMonths();
            case "discountedPaybackMonths" -> f.discountedPaybackMonths();
            case "irrPercent" -> f.irrPercent();
            default -> throw new IllegalArgumentException("unknown figure " + key);
        };
    }

    private static String rule(ReportRule rule) {
        return rule == null ? "an unknown rule" : "rule \"" + rule.name() + "\" (" + rule.file() + ")";
    }

    private static String list(List<String> codes) {
        return codes.isEmpty() ? "none" : codes.stream().collect(Collectors.joining(", "));
    }
}
