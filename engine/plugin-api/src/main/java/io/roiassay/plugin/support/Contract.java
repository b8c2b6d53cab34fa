package io.roiassay.plugin.support;

import io.roiassay.plugin.AssumptionDefinition;
import io.roiassay.plugin.Benefit;
import io.roiassay.plugin.BenefitDefinition;
import io.roiassay.plugin.Indicator;
import io.roiassay.plugin.IndicatorDefinition;
import io.roiassay.plugin.KpiInput;
import io.roiassay.plugin.MetricContext;
import io.roiassay.plugin.PluginDescriptor;
import io.roiassay.plugin.Text;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks the engine applies to every plugin's descriptor and answers — one implementation, used by the
 * engine and by {@code PluginContract} in a vendor's tests. An answer is copied as it is checked: plain
 * {@code BigDecimal} values only (no subclasses), fresh lists, amounts within {@link #ABSURD} and at most
 * {@link #MAX_SCALE} decimal places.
 */
public final class Contract {

    /** Amounts beyond this (in any currency) are treated as nonsense, like NaN or infinity would be. */
    public static final BigDecimal ABSURD = new BigDecimal("1e15");
    /** The most decimal places (and digits) a plugin value may have. */
    public static final int MAX_SCALE = 64;

    private Contract() {
    }

    /** A plugin's answer, copied and checked: the lines and indicators, or why they cannot be used. */
    public record Checked(List<Benefit> benefits, List<Indicator> indicators, String problem) {
    }

    /** The longest id or name a plugin may give: its id and version, its inputs', lines' and indicators' ids, a line's input names. */
    public static final int MAX_NAME = 100;
    /** The longest text a descriptor may give (a title, description or formula, in either language). */
    public static final int MAX_TEXT = 2_000;
    /** The most inputs one benefit line may list. */
    public static final int MAX_LINE_INPUTS = 100;

    /** What is wrong with the descriptor, or null when nothing is. */
    public static String descriptorProblem(PluginDescriptor d) {
        String size = sizeProblem(d);
        if (size != null) {
            return size;
        }
        Set<String> seen = new HashSet<>();
        for (KpiInput i : d.inputs()) {
            if (!seen.add(i.name())) {
                return "declares the input '" + i.name() + "' twice";
            }
        }
        seen.clear();
        for (BenefitDefinition b : d.benefits()) {
            if (!seen.add(b.id())) {
                return "declares the benefit line '" + b.id() + "' twice";
            }
        }
        seen.clear();
        for (IndicatorDefinition x : d.indicators()) {
            if (!seen.add(x.id())) {
                return "declares the indicator '" + x.id() + "' twice";
            }
        }
        return null;
    }

    /**
     * A name or text too long to copy into every report (a descriptor is the plugin's to write: it is untrusted),
     * or null.
     */
    private static String sizeProblem(PluginDescriptor d) {
        List<String> problems = new ArrayList<>();
        name("its id", d.id(), problems);
        name("its version", d.version(), problems);
        text("its title", d.title(), problems);
        for (KpiInput i : d.inputs()) {
            name("an input name", i.name(), problems);
            text("the description of input '" + shown(i.name()) + "'", i.description(), problems);
        }
        for (BenefitDefinition b : d.benefits()) {
            name("a benefit line id", b.id(), problems);
            text("the title of line '" + shown(b.id()) + "'", b.title(), problems);
            text("the formula of line '" + shown(b.id()) + "'", b.formula(), problems);
        }
        for (IndicatorDefinition x : d.indicators()) {
            name("an indicator id", x.id(), problems);
            text("the title of indicator '" + shown(x.id()) + "'", x.title(), problems);
        }
        return problems.isEmpty() ? null : problems.get(0);
    }

    private static void name(String what, String value, List<String> problems) {
        if (value != null && value.length() > MAX_NAME) {
            problems.add(what + " is " + value.length() + " characters long (at most " + MAX_NAME + ")");
        }
    }

    private static void text(String what, Text t, List<String> problems) {
        if (t == null) {
            return;
        }
        for (String v : new String[] {t.en(), t.zh()}) {
            if (v != null && v.length() > MAX_TEXT) {
                problems.add(what + " is " + v.length() + " characters long (at most " + MAX_TEXT + ")");
                return;
            }
        }
    }

    /** A name as a message quotes it: cut to {@link #MAX_NAME} characters. */
    private static String shown(String name) {
        return name == null || name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME) + "…";
    }

    /**
     * Why a KPI value is outside the input's declared range, e.g. {@code 150 is above the maximum 100 (a
     * percentage, written 0..100)}; null when it is within. The engine prefixes the field path
     * ({@code kpis.service.after.retentionRate: …}).
     */
    public static String rangeProblem(KpiInput input, BigDecimal value) {
        if (input.allows(value)) {
            return null;
        }
        boolean low = input.minimum() != null && value.compareTo(input.minimum()) < 0;
        return value.toPlainString() + " is " + (low ? "below the minimum " + input.minimum().toPlainString()
                : "above the maximum " + input.maximum().toPlainString()) + " (" + input.unit().meaning() + ")";
    }

    /**
     * Every before and after value in {@code context} that lies outside its declared input's range, as
     * {@code kpis.<id>.before.<name>: <why>} — the check the engine applies to a case before calling a plugin.
     */
    public static List<String> kpiProblems(PluginDescriptor d, MetricContext context) {
        List<String> problems = new ArrayList<>();
        for (KpiInput input : d.inputs()) {
            context.before(input.name()).map(v -> rangeProblem(input, v))
                    .ifPresent(p -> problems.add("kpis." + d.id() + ".before." + input.name() + ": " + p));
            context.after(input.name()).map(v -> rangeProblem(input, v))
                    .ifPresent(p -> problems.add("kpis." + d.id() + ".after." + input.name() + ": " + p));
        }
        return problems;
    }

    /** What is wrong with a plugin's declared assumptions (null, a null entry, a key twice), or null when nothing is. */
    public static String assumptionsProblem(List<AssumptionDefinition> assumptions) {
        if (assumptions == null) {
            return "assumptions() returned null instead of a list";
        }
        Set<String> keys = new HashSet<>();
        for (AssumptionDefinition a : assumptions.toArray(new AssumptionDefinition[0])) {
            if (a == null) {
                return "assumptions() returned a null entry";
            }
            if (!keys.add(a.key())) {
                return "declares the assumption '" + a.key() + "' twice";
            }
        }
        return null;
    }

    /** Copies and checks what {@code compute} and {@code indicators} returned, for a case in {@code currency}. */
    public static Checked answer(PluginDescriptor d, List<Benefit> benefits, List<Indicator> indicators, String currency) {
        try {
            return new Checked(benefits(d, benefits, currency), indicators(d, indicators), null);
        } catch (Invalid e) {
            return new Checked(List.of(), List.of(), e.getMessage());
        }
    }

    private static List<Benefit> benefits(PluginDescriptor d, List<Benefit> answer, String currency) throws Invalid {
        if (answer == null) {
            throw new Invalid("compute returned null instead of a list");
        }
        List<Benefit> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Benefit b : answer.toArray(new Benefit[0])) {
            if (b == null) {
                throw new Invalid("compute returned a null benefit line");
            }
            BenefitDefinition def = d.benefit(b.id()).orElse(null);
            if (def == null) {
                throw new Invalid("line '" + b.id() + "' was not declared in the descriptor");
            }
            if (def.kind() != b.kind()) {
                throw new Invalid("line '" + b.id() + "' is " + b.kind().id() + " but was declared " + def.kind().id());
            }
            if (!currency.equals(b.currency())) {
                throw new Invalid("line '" + b.id() + "' is in " + b.currency() + ", not the case's currency " + currency);
            }
            BigDecimal annual = plain("line '" + b.id() + "'", b.annual());
            if (annual.abs().compareTo(ABSURD) > 0) {
                throw new Invalid("line '" + b.id() + "' has an absurd amount " + annual.toEngineeringString()
                        + " (beyond " + ABSURD.toEngineeringString() + ")");
            }
            if (!ids.add(b.id())) {
                throw new Invalid("line '" + b.id() + "' was returned twice");
            }
            Map<String, BigDecimal> inputs = new LinkedHashMap<>();
            List<Map.Entry<String, BigDecimal>> given = new ArrayList<>(b.inputs().entrySet());
            if (given.size() > MAX_LINE_INPUTS) {
                throw new Invalid("line '" + b.id() + "' lists " + given.size() + " inputs (at most " + MAX_LINE_INPUTS + ")");
            }
            for (Map.Entry<String, BigDecimal> e : given) {
                if (e.getKey() == null || e.getValue() == null) {
                    throw new Invalid("line '" + b.id() + "' has a null name or value in its inputs");
                }
                if (e.getKey().length() > MAX_NAME || e.getKey().isBlank()
                        || e.getKey().codePoints().anyMatch(Character::isISOControl)) {
                    throw new Invalid("line '" + b.id() + "' has an input name that is blank, longer than " + MAX_NAME
                            + " characters or holds a control character: '" + shown(e.getKey()) + "'");
                }
                inputs.put(e.getKey(), plain("input '" + e.getKey() + "' of line '" + b.id() + "'", e.getValue()));
            }
            out.add(new Benefit(b.id(), b.kind(), annual, b.currency(), inputs));
        }
        return List.copyOf(out);
    }

    private static List<Indicator> indicators(PluginDescriptor d, List<Indicator> answer) throws Invalid {
        if (answer == null) {
            throw new Invalid("indicators returned null instead of a list");
        }
        List<Indicator> out = new ArrayList<>();
        for (Indicator i : answer.toArray(new Indicator[0])) {
            if (i == null) {
                throw new Invalid("indicators returned a null entry");
            }
            if (d.indicators().stream().noneMatch(x -> x.id().equals(i.id()))) {
                throw new Invalid("indicator '" + i.id() + "' was not declared in the descriptor");
            }
            String what = "indicator '" + i.id() + "'";
            out.add(new Indicator(i.id(), bounded(what, plain(what, i.before())), bounded(what, plain(what, i.after()))));
        }
        return List.copyOf(out);
    }

    private static BigDecimal bounded(String what, BigDecimal v) throws Invalid {
        if (v.abs().compareTo(ABSURD) > 0) {
            throw new Invalid(what + " has an absurd value " + v.toEngineeringString());
        }
        return v;
    }

    /** The value itself when it is a plain {@code BigDecimal} of sane size; never a subclass. */
    private static BigDecimal plain(String what, BigDecimal v) throws Invalid {
        if (v.getClass() != BigDecimal.class) {
            throw new Invalid(what + " is a " + v.getClass().getName() + ", not a plain java.math.BigDecimal");
        }
        if (v.unscaledValue().getClass() != BigInteger.class) {
            throw new Invalid(what + " holds a " + v.unscaledValue().getClass().getName() + ", not a plain BigInteger");
        }
        if (v.scale() > MAX_SCALE || v.scale() < -MAX_SCALE || v.precision() > MAX_SCALE) {
            throw new Invalid(what + " has " + v.precision() + " digits and scale " + v.scale()
                    + " (at most " + MAX_SCALE + " of each)");
        }
        return v;
    }

    /** Why an answer cannot be used. */
    private static final class Invalid extends Exception {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }
}
