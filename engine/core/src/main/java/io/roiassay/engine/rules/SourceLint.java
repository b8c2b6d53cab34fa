package io.roiassay.engine.rules;

import io.roiassay.engine.catalogue.Catalogue;
import io.roiassay.engine.catalogue.Confidence;
import io.roiassay.engine.catalogue.Family;
import io.roiassay.engine.catalogue.Grade;
import io.roiassay.engine.catalogue.Severity;
import io.roiassay.engine.facts.ProfileKeys;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks {@code .drl} sources for the mistakes Drools either accepts and {@code assess} then fails on, or
 * reports against generated code: an {@code outcome} used without {@code global Outcome outcome}, a
 * field a fact does not have or compared with a value of the wrong type ({@link FactFields}), a severity,
 * grade, confidence or finding family that does not exist, a code the catalogue does not know, a
 * message with no Chinese text, a profile key nothing sets ({@link ProfileKeyLint}), a hidden-cost category no profile key exists for, and deprecated syntax
 * ({@link DeprecatedSyntax}); in a {@code .drl.csv} table, a misplaced or unclosed quote ({@link CsvQuotes}).
 * Every problem names the file, line and column.
 */
public final class SourceLint {

    private static final Pattern OUTCOME_USE = Pattern.compile("\\boutcome\\s*\\.");
    private static final Pattern CALL = Pattern.compile(
            "\\boutcome\\s*\\.\\s*(finding|recommend|verdict|confidence|addToHeadline)\\s*\\(\\s*drools\\s*,\\s*(\"([^\"]*)\"|\\$?\\w+)?"
                    + "(?:\\s*,\\s*(\"([^\"]*)\"|[^,)]+))?");
    private static final Pattern ZH = Pattern.compile("\\.zh\\s*\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern EN = Pattern.compile("\\.en\\s*\\(");
    private static final Pattern ZH_ANY = Pattern.compile("\\.zh\\s*\\(");
    private static final Pattern ESTIMATE = Pattern.compile("\\.estimate\\s*\\(\\s*\"([^\"]*)\"");
    private static final Pattern THEN = Pattern.compile("(?m)^\\s*then\\b");
    private static final Pattern END = Pattern.compile("(?m)^\\s*end\\b");
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}]");

    private final List<RuleFile> files;
    private final Catalogue catalogue;

    private final ProfileKeyLint profileKeys;

    private SourceLint(List<RuleFile> files, Catalogue catalogue) {
        this.files = files;
        this.catalogue = catalogue;
        this.profileKeys = new ProfileKeyLint(files);
    }

    /** Errors and warnings in the pack's {@code .drl} and {@code .drl.csv} files, in file and line order. */
    public static List<RuleProblem> check(List<RuleFile> files, Catalogue catalogue) {
        return new SourceLint(files, catalogue).run();
    }

    private List<RuleProblem> run() {
        List<RuleProblem> out = new ArrayList<>();
        for (RuleFile f : files) {
            boolean text = f.path().endsWith(".drl") || f.path().endsWith(".drl.csv") || f.isCatalogue();
            int notUtf8 = text ? f.firstNonUtf8Line() : 0;
            if (notUtf8 > 0) {
                out.add(new RuleProblem(f.displayPath(), notUtf8, 0, "the file is not UTF-8 text (saved as GBK or"
                        + " ANSI?); save it as UTF-8" + (f.path().endsWith(".csv") ? " (in Excel: CSV UTF-8)" : ""), true));
            } else if (f.path().endsWith(".drl")) {
                checkFile(f, out);
            } else if (f.path().endsWith(".drl.csv")) {
                out.addAll(CsvQuotes.check(f));
            }
        }
        if (out.stream().noneMatch(RuleProblem::error)) {
            out.addAll(TableLint.check(files));
        }
        out.sort(java.util.Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line)
                .thenComparingInt(RuleProblem::column));
        return out;
    }

    private void checkFile(RuleFile f, List<RuleProblem> out) {
        String text = f.text();
        PackageDescr pkg;
        DrlParser parser = new DrlParser();
        try {
            pkg = parser.parse(false, text);
        } catch (DroolsParserException | RuntimeException e) {
            return; // Drools reports syntax errors itself, with their line.
        }
        if (pkg == null || parser.hasErrors()) {
            return;
        }
        Located at = new Located(f, text, out);
        boolean hasGlobal = pkg.getGlobals().stream().anyMatch(g -> "outcome".equals(g.getIdentifier()));
        DeprecatedSyntax.check(at);
        profileKeys.check(at);
        for (RuleDescr rule : pkg.getRules()) {
            checkConditions(rule.getLhs(), at);
            int[] body = consequence(at.masked(), rule);
            if (body == null) {
                continue;
            }
            String masked = at.masked().substring(body[0], body[1]);
            if (!hasGlobal) {
                Matcher m = OUTCOME_USE.matcher(masked);
                if (m.find()) {
                    at.error(body[0] + m.start(), "rule \"" + rule.getName() + "\" uses outcome, but the file does not"
                            + " declare it; add: global Outcome outcome;");
                }
            }
            checkCalls(rule.getName(), masked, body[0], at);
        }
    }

    /** Start and end offsets of a rule's consequence (after {@code then}, before {@code end}); null if not found. */
    private static int[] consequence(String masked, RuleDescr rule) {
        int line = RuleLint.locate(masked, rule.getName())[0];
        if (line <= 0) {
            return null;
        }
        Matcher then = THEN.matcher(masked);
        if (!then.find(Located.offsetOfLine(masked, line))) {
            return null;
        }
        Matcher end = END.matcher(masked);
        return new int[] {then.end(), end.find(then.end()) ? end.start() : masked.length()};
    }

    private void checkConditions(BaseDescr d, Located at) {
        if (d == null) {
            return;
        }
        if (d instanceof PatternDescr p) {
            Class<?> type = FactFields.factClass(p.getObjectType());
            for (BaseDescr c : p.getDescrs()) {
                if (c instanceof ExprConstraintDescr e && type != null) {
                    FactFields.check(type, e, p, at);
                }
            }
            if (p.getSource() instanceof AccumulateDescr a) {
                checkConditions(a.getInput(), at);
            } else if (p.getSource() instanceof CollectDescr c) {
                checkConditions(c.getInputPattern(), at);
            }
        } else if (d instanceof ConditionalElementDescr ce) {
            for (Object c : ce.getDescrs()) {
                if (c instanceof BaseDescr b) {
                    checkConditions(b, at);
                }
            }
        }
    }

    private void checkCalls(String rule, String code, int base, Located at) {
        Matcher m = CALL.matcher(code);
        while (m.find()) {
            String method = m.group(1);
            int stmtEnd = statementEnd(code, m.start());
            String stmt = code.substring(m.start(), stmtEnd);
            String first = m.group(3);
            String second = m.group(5);
            int firstAt = base + (m.group(2) == null ? m.start() : m.start(2));
            int secondAt = base + (m.group(4) == null ? m.start() : m.start(4));
            boolean catalogued = false;
            switch (method) {
                case "finding" -> {
                    if (first != null) {
                        String problem = findingCodeProblem(Catalogue.codeOf(first));
                        if (problem != null) {
                            at.error(firstAt, problem);
                        } else {
                            catalogued = catalogue.finding(first) != null;
                            if (m.group(4) == null && !catalogued) {
                                at.error(firstAt, (first.indexOf(Catalogue.VARIANT) < 0 ? "finding code \"" : "finding variant \"")
                                        + first + "\" is not in the catalogue (" + "rules/catalogue/findings.yaml"
                                        + "); add it there or give a severity");
                            }
                        }
                    }
                    if (second != null && Severity.of(second) == null) {
                        at.error(secondAt, "severity \"" + second + "\" does not exist; use one of " + Severity.names());
                    }
                    if (catalogued && !EN.matcher(stmt).find() && !ZH_ANY.matcher(stmt).find()) {
                        placeholders(rule, catalogue.finding(first), code, firstAt, at);
                    }
                    estimates(stmt, base + m.start(), at);
                }
                case "recommend" -> {
                    if (first != null) {
                        catalogued = catalogue.recommendation(first) != null;
                        if (m.group(4) == null && !catalogued) {
                            at.error(firstAt, "recommendation code \"" + first + "\" is not in the catalogue ("
                                    + "rules/catalogue/recommendations.yaml" + "); add it there or give a priority");
                        }
                    }
                    // a priority written as a number: 1 is shown first, as the catalogue's priorities (all positive)
                    if (m.group(4) != null && m.group(4).strip().matches("-?\\d{1,9}") && Integer.parseInt(m.group(4).strip()) < 1) {
                        at.error(secondAt, "priority " + m.group(4).strip() + " is not 1 or more: recommendations are"
                                + " ordered by priority, 1 first, as in the catalogue");
                    }
                }
                case "verdict" -> {
                    if (first != null && Grade.of(Catalogue.codeOf(first)) == null) {
                        at.error(firstAt, "grade \"" + first + "\" does not exist; use one of " + Grade.names());
                    } else if (first != null) {
                        catalogued = catalogue.headline(first) != null;
                        if (!catalogued && first.indexOf(Catalogue.VARIANT) >= 0) {
                            at.error(firstAt, "verdict variant \"" + first + "\" is not in the catalogue ("
                                    + "rules/catalogue/verdicts.yaml" + "); add it there");
                        }
                    }
                    confidence(second, secondAt, at);
                }
                case "addToHeadline" -> {
                    catalogued = true;
                    if (first != null) {
                        String after = code.substring(m.end(2)).stripLeading();
                        headlineSentence(first, after.startsWith(",") || after.startsWith(")"), firstAt, at);
                    }
                }
                default -> confidence(second, secondAt, at);
            }
            if (!method.equals("confidence")) {
                chinese(rule, method, stmt, base + m.start(), catalogued, at);
            }
        }
    }

    private static void chinese(String rule, String method, String stmt, int base, boolean catalogued, Located at) {
        Matcher zh = ZH.matcher(stmt);
        boolean any = false;
        while (zh.find()) {
            any = true;
            if (!CJK.matcher(zh.group(1)).find()) {
                at.error(base + zh.start(1) - 1, "the Chinese message of rule \"" + rule + "\" has no Chinese text");
            }
        }
        if (!any && !catalogued && EN.matcher(stmt).find() && !ZH_ANY.matcher(stmt).find()) {
            at.error(base, "rule \"" + rule + "\" gives the " + method + " an English text but no Chinese one; add .zh(\"…\")");
        }
    }

    /**
     * The sentence of an {@code addToHeadline} key must be in the catalogue, and so must its clause when the key is
     * written whole; a key built in the rule ({@code "holds-unless#" + $b.getDriver() + …}) names only its sentence.
     */
    /** A confidence as a rule gives it: a level, or level#reason with the reason in the catalogue. */
    private void confidence(String key, int keyAt, Located at) {
        if (key == null) {
            return;
        }
        if (Confidence.of(Catalogue.codeOf(key)) == null) {
            at.error(keyAt, "confidence \"" + key + "\" does not exist; use one of " + Confidence.names()
                    + " (with its reason: low#vendor-benchmarks)");
        } else if (key.indexOf(Catalogue.VARIANT) >= 0 && catalogue.confidenceReason(key) == null) {
            at.error(keyAt, "confidence reason \"" + key + "\" is not in the catalogue (rules/catalogue/verdicts.yaml, "
                    + "under confidence:); add it there");
        }
    }

    private void headlineSentence(String key, boolean whole, int keyAt, Located at) {
        int hash = key.indexOf(Catalogue.VARIANT);
        String sentence = hash < 0 ? key : key.substring(0, hash);
        if (catalogue.sentence(sentence) == null) {
            at.error(keyAt, "headline sentence \"" + sentence + "\" is not in the catalogue (rules/catalogue/verdicts.yaml);"
                    + " known: " + String.join(", ", catalogue.sentences().keySet()));
        } else if (whole && hash < 0) {
            at.error(keyAt, "addToHeadline names a sentence and one of its clauses: \"" + sentence + "#<clause>\"");
        } else if (whole && catalogue.clause(key) == null) {
            at.error(keyAt, "clause \"" + key.substring(hash + 1) + "\" of headline sentence \"" + sentence
                    + "\" is not in the catalogue (rules/catalogue/verdicts.yaml); known: "
                    + String.join(", ", catalogue.sentence(sentence).clauses().keySet()));
        }
    }

    /**
     * A catalogue text's placeholders the raising rule's consequence gives no evidence for: the report would show
     * the placeholder itself ("Consulting ({consulting}) was entered"). The engine fills {@code {estimate}} and
     * {@code {currency}} itself. A warning: evidence can come in ways a reading of the text cannot follow.
     */
    private static void placeholders(String rule, Catalogue.FindingEntry entry, String consequence, int at, Located where) {
        if (ANY_EVIDENCE.matcher(consequence).results().count() != EVIDENCE.matcher(consequence).results().count()) {
            return; // an evidence name held in a variable: which names are given is not known before the rule runs
        }
        java.util.Set<String> given = new java.util.TreeSet<>();
        Matcher e = EVIDENCE.matcher(consequence);
        while (e.find()) {
            given.add(e.group(1));
        }
        java.util.Set<String> used = new java.util.TreeSet<>();
        for (String text : new String[] {entry.en(), entry.zh()}) {
            used.addAll(io.roiassay.engine.catalogue.CatalogueReader.placeholderNames(text == null ? "" : text));
        }
        used.removeAll(List.of("estimate", "currency"));
        used.removeAll(given);
        if (!used.isEmpty()) {
            where.warning(at, "the catalogue text of \"" + entry.code() + "\" uses " + used.stream().map(n -> "{" + n + "}")
                    .collect(java.util.stream.Collectors.joining(", ")) + ", but rule \"" + rule + "\" gives no such evidence"
                    + (given.isEmpty() ? "" : " (it gives " + String.join(", ", given) + ")") + ": the report would show the"
                    + " placeholder itself; add .evidence(\"" + used.iterator().next() + "\", …)");
        }
    }

    private static final Pattern ANY_EVIDENCE = Pattern.compile("\\.evidence\\s*\\(");
    private static final Pattern EVIDENCE = Pattern.compile("\\.evidence\\s*\\(\\s*\"([^\"]+)\"");

    private void estimates(String stmt, int base, Located at) {
        Matcher e = ESTIMATE.matcher(stmt);
        while (e.find()) {
            String category = e.group(1);
            if (ProfileKeys.HIDDEN_COST_CATEGORIES.contains(category)) {
                continue;
            }
            String key = ProfileKeys.hiddenCost(category, "ratio");
            boolean known = files.stream().filter(RuleFile::isRuleSource).filter(f -> !f.path().endsWith(".xlsx"))
                    .anyMatch(f -> f.text().contains(key));
            if (!known) {
                at.error(base + e.start(1) - 1, "hidden-cost category \"" + category + "\" has no profile keys ("
                        + key + ", .base, .timing), so it cannot be estimated; known categories: "
                        + String.join(", ", ProfileKeys.HIDDEN_COST_CATEGORIES));
            }
        }
    }

    private static String findingCodeProblem(String code) {
        int slash = code.indexOf('/');
        if (slash <= 0 || Family.of(code.substring(0, slash)) == null) {
            return "finding code \"" + code + "\" has no known family; a code is family/name with family one of "
                    + Family.names();
        }
        if (!code.substring(slash + 1).matches("[a-z0-9][a-z0-9-]*")) {
            return "finding code \"" + code + "\": the name after the family is lower-case words joined by '-'";
        }
        return null;
    }

    /** The offset of the {@code ;} that ends the statement starting at {@code from}, outside strings. */
    private static int statementEnd(String code, int from) {
        boolean inString = false;
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '\\' && inString) {
                i++;
            } else if (c == '"') {
                inString = !inString;
            } else if (c == ';' && !inString) {
                return i;
            }
        }
        return code.length();
    }
}
