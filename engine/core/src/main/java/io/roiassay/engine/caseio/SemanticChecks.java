package io.roiassay.engine.caseio;

import com.fasterxml.jackson.databind.JsonNode;
import io.roiassay.engine.model.BenefitBasis;
import io.roiassay.engine.model.CostTiming;
import io.roiassay.engine.model.Recurrence;

import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules that tie fields together and that JSON Schema cannot state: one form per flow, periods inside
 * the horizon, unique ids, active users within licensed users. They run on the tree after schema
 * validation and skip any part that already has a schema error, so one mistake is not reported twice.
 */
final class SemanticChecks {

    /**
     * The ISO 4217 codes of money the Java runtime knows, with their minor unit (the source of each currency's
     * decimal places, {@code Money.scale}). Left out: the codes without a minor unit — XXX (no currency), XTS
     * (testing), precious metals (XAU …) and units of account (XDR …) —, which no CRM is paid in.
     */
    private static final Set<String> KNOWN_CURRENCIES = Currency.getAvailableCurrencies().stream()
            .filter(c -> c.getDefaultFractionDigits() >= 0)
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    private final JsonNode root;
    private final Set<String> schemaErrorPointers;
    private final List<Problem> problems = new ArrayList<>();
    /** The horizon's years, or null when the horizon itself is invalid (then no check depends on it). */
    private final Integer years;

    private SemanticChecks(JsonNode root, Set<String> schemaErrorPointers) {
        this.root = root;
        this.schemaErrorPointers = schemaErrorPointers;
        this.years = horizonYears();
    }

    /** All cross-field problems in {@code root}, leaving out parts listed in {@code schemaErrorPointers}. */
    static List<Problem> check(JsonNode root, Set<String> schemaErrorPointers) {
        SemanticChecks checks = new SemanticChecks(root, schemaErrorPointers);
        checks.currency();
        checks.flows("costs");
        checks.flows("benefits");
        checks.users();
        checks.rampUp();
        checks.uncertaintyOrder();
        checks.measuredDates();
        return checks.problems;
    }

    /**
     * The schema only asks for three capital letters; a code ISO 4217 does not assign (say {@code XYZ}, a typo
     * of a real one) would be printed on every amount and decide the rounding by a guess of two places. A
     * withdrawn code the runtime still knows (DEM, HRK) is refused with the code that replaced it.
     */
    private void currency() {
        JsonNode c = root.path("currency");
        if (!c.isTextual() || hasSchemaError("/currency")) {
            return;
        }
        String successor = WithdrawnCurrencies.successorOf(c.asText());
        if (successor != null) {
            add("/currency", "'" + c.asText() + "' is a withdrawn currency (replaced by " + successor
                    + "): give the amounts in the currency they are paid in");
        } else if (!KNOWN_CURRENCIES.contains(c.asText())) {
            add("/currency", "'" + c.asText() + "' is not the ISO 4217 code of a currency (e.g. CNY, USD, EUR)");
        }
    }

    private Integer horizonYears() {
        JsonNode y = root.path("horizon").path("years");
        if (y.isMissingNode()) {
            return 3;
        }
        return hasSchemaError("/horizon/years") || !y.canConvertToExactIntegral() ? null : y.asInt();
    }

    private void flows(String section) {
        JsonNode items = root.path(section);
        if (!items.isArray()) {
            return;
        }
        Map<String, String> firstUseOfId = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String at = Pointers.child("/" + section, i);
            JsonNode item = items.get(i);
            if (!item.isObject() || hasSchemaError(at)) {
                continue;
            }
            uniqueId(item, at, firstUseOfId);
            form(item, at, section.equals("benefits"));
            periods(item, at);
            timing(item, at);
        }
    }

    /**
     * A {@code measuredAt} date the calendar has: the schema's pattern takes 2025-02-31 (a day from 01 to 31), which a
     * reviewer would read as a typo, not as evidence of when a figure was measured.
     */
    private void measuredDates() {
        JsonNode benefits = root.path("benefits");
        for (int i = 0; benefits.isArray() && i < benefits.size(); i++) {
            measuredDate(benefits.get(i).path("measuredAt"), Pointers.child("/benefits", i) + "/measuredAt");
        }
        root.path("kpis").fields().forEachRemaining(set ->
                measuredDate(set.getValue().path("measuredAt"), Pointers.child("/kpis", set.getKey()) + "/measuredAt"));
    }

    private void measuredDate(JsonNode date, String at) {
        if (!date.isTextual() || date.asText().length() != 10 || hasSchemaError(at)) {
            return;
        }
        try {
            java.time.LocalDate.parse(date.asText(), java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd")
                    .withResolverStyle(java.time.format.ResolverStyle.STRICT));
        } catch (java.time.format.DateTimeParseException e) {
            add(at, "'" + date.asText() + "' is not a date of the calendar (" + date.asText().substring(0, 7)
                    + " has no day " + date.asText().substring(8) + ")");
        }
    }

    private void uniqueId(JsonNode item, String at, Map<String, String> firstUseOfId) {
        if (!item.path("id").isTextual()) {
            return;
        }
        String id = item.get("id").asText();
        String first = firstUseOfId.putIfAbsent(id, at);
        if (first != null) {
            add(at + "/id", "duplicate id '" + id + "' (already used by " + Pointers.toPath(first) + ")");
        }
    }

    /** Exactly one of amount or schedule; time-saved benefits may give hours instead. */
    private void form(JsonNode item, String at, boolean benefit) {
        boolean amount = item.has("amount");
        boolean schedule = item.has("schedule");
        boolean hours = item.has("hours");
        boolean timeSaved = benefit && BenefitBasis.of(item.path("basis").asText()) == BenefitBasis.TIME_SAVED;
        if (hours && !timeSaved) {
            add(at + "/hours", "hours are only allowed for a benefit with basis time-saved; this one has basis '"
                    + item.path("basis").asText() + "'");
        }
        int forms = (amount ? 1 : 0) + (schedule ? 1 : 0) + (hours && timeSaved ? 1 : 0);
        String choices = timeSaved ? "amount, schedule or hours" : "amount or schedule";
        if (forms == 0) {
            add(at, "give " + (timeSaved ? "one of " : "either ") + choices + " (none was given)");
        } else if (forms > 1) {
            add(at, "give only one of " + choices + ", not " + given(amount, schedule, hours && timeSaved));
        }
        if (hours && timeSaved && item.path("hours").isNumber()) {
            hoursValue(item.get("hours").decimalValue(), at + "/hours");
        }
    }

    /** The most hours a year one benefit line may save: about 50,000 full-time staff. */
    static final java.math.BigDecimal MAX_HOURS = new java.math.BigDecimal("1e8");

    /**
     * Hours are valued at the loaded hourly cost, and the product is an amount like any other: within ±1e15 (a
     * review turned 1e15 hours at 1e15 an hour into an ROI of 1e32 % graded strong). The profile's hourly cost is a
     * few hundred at most, so bounding the hours bounds that product too.
     */
    private void hoursValue(java.math.BigDecimal h, String at) {
        if (h.compareTo(MAX_HOURS) > 0) {
            add(at, "hours " + h.toPlainString() + " a year is beyond " + MAX_HOURS.toPlainString()
                    + " (about 50,000 full-time staff); give the hours one CRM saves a year");
            return;
        }
        JsonNode cost = root.path("assumptions").path("loadedHourlyCost");
        if (cost.isNumber() && h.multiply(cost.decimalValue()).compareTo(NumberLimits.MAX_ABS) > 0) {
            add(at, "hours " + h.toPlainString() + " × assumptions.loadedHourlyCost " + cost.decimalValue().toPlainString()
                    + " is beyond the limit of ±1e15 a year");
        }
    }

    private void periods(JsonNode item, String at) {
        JsonNode start = item.path("startYear");
        JsonNode end = item.path("endYear");
        JsonNode schedule = item.path("schedule");
        if (schedule.isArray() && years != null && schedule.size() > years + 1) {
            add(at + "/schedule", "schedule has " + schedule.size() + " periods but the horizon has "
                    + (years + 1) + " (initial + " + years + " years)");
        }
        boolean endIgnored = item.has("recurrence") && isOnce(item.path("recurrence"));
        if (!endIgnored && start.isInt() && end.isInt() && start.asInt() > end.asInt()) {
            add(at + "/endYear", "endYear " + end.asInt() + " is before startYear " + start.asInt());
        }
        if (years != null && start.isInt() && start.asInt() > years) {
            add(at + "/startYear", "startYear " + start.asInt() + " is after the horizon's last year ("
                    + years + ")");
        }
        if (!endIgnored && years != null && end.isInt() && end.asInt() > years) {
            add(at + "/endYear", "endYear " + end.asInt() + " is after the horizon's last year (" + years + ")");
        }
        // spec: endYear is "ignored for once" — a stated recurrence: once keeps its one-off amount in startYear.
        // Left to the default, an endYear means the author thought the amount recurs: asked, not guessed, since
        // ignoring it would drop every later year of a cost or benefit without a word.
        if (end.isInt() && item.has("amount") && !item.has("recurrence")) {
            add(at + "/endYear", "endYear is given but recurrence defaults to once; set recurrence: annual or monthly,"
                    + " or remove endYear");
        }
    }

    /** Paying in advance moves each year's payment to the year's start: only a recurring amount has one. */
    private void timing(JsonNode item, String at) {
        JsonNode timing = item.path("timing");
        if (!timing.isTextual() || CostTiming.of(timing.asText()) != CostTiming.ADVANCE) {
            return;
        }
        if (item.has("schedule")) {
            add(at + "/timing", "timing advance is only for a recurring amount (annual or monthly); a schedule already"
                    + " places each amount in the period it is paid in");
        } else if (isOnce(item.path("recurrence"))) {
            add(at + "/timing", "timing advance is only for a recurring amount (annual or monthly); a one-off amount"
                    + " is paid in its startYear (use startYear to move it)");
        }
    }

    private void users() {
        JsonNode deployment = root.path("deployment");
        JsonNode licensed = deployment.path("licensedUsers");
        JsonNode active = deployment.path("activeUsers");
        if (licensed.isInt() && active.isInt() && !hasSchemaError("/deployment")
                && active.asInt() > licensed.asInt()) {
            add("/deployment/activeUsers", "activeUsers " + active.asInt() + " is more than licensedUsers "
                    + licensed.asInt());
        }
    }

    private void rampUp() {
        JsonNode rampUp = root.path("assumptions").path("rampUp");
        if (rampUp.isArray() && years != null && !hasSchemaError("/assumptions/rampUp")
                && rampUp.size() > years) {
            add("/assumptions/rampUp", "rampUp has " + rampUp.size() + " values but the horizon has "
                    + years + " years");
        }
    }

    /** Each {@code uncertainty} range must be ordered: low <= likely <= high. */
    private void uncertaintyOrder() {
        JsonNode block = root.path("uncertainty");
        if (!block.isObject()) {
            return;
        }
        block.fieldNames().forEachRemaining(driver -> {
            String at = "/uncertainty/" + driver;
            JsonNode range = block.get(driver);
            if (hasSchemaError(at) || !range.isArray() || range.size() != 3) {
                return;
            }
            java.math.BigDecimal low = range.get(0).decimalValue();
            java.math.BigDecimal likely = range.get(1).decimalValue();
            java.math.BigDecimal high = range.get(2).decimalValue();
            if (low.compareTo(likely) > 0 || likely.compareTo(high) > 0) {
                add(at, "expected [low, likely, high] with low <= likely <= high, got ["
                        + low.toPlainString() + ", " + likely.toPlainString() + ", " + high.toPlainString() + "]");
            }
        });
    }

    private static boolean isOnce(JsonNode recurrence) {
        return recurrence.isMissingNode() || Recurrence.of(recurrence.asText()) == Recurrence.ONCE;
    }

    private static String given(boolean amount, boolean schedule, boolean hours) {
        List<String> names = new ArrayList<>();
        if (amount) {
            names.add("amount");
        }
        if (schedule) {
            names.add("schedule");
        }
        if (hours) {
            names.add("hours");
        }
        return String.join(" and ", names);
    }

    private boolean hasSchemaError(String pointer) {
        for (String p : schemaErrorPointers) {
            if (Pointers.isWithin(p, pointer)) {
                return true;
            }
        }
        return false;
    }

    private void add(String pointer, String message) {
        problems.add(Problem.at(pointer, message));
    }
}
