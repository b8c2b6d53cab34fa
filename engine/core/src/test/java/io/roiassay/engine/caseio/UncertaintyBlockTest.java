package io.roiassay.engine.caseio;

import io.roiassay.engine.model.Case;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The case's {@code uncertainty} block: read into ranges per driver; bad ranges exit 2 with the field path. */
class UncertaintyBlockTest {

    private static final String HEAD = "format: roi-assay/case-1\nid: u\ncurrency: CNY\ncompany: {industry: retail}\n"
            + "costs: []\n";

    private final CaseReader reader = new CaseReader();

    private CaseError only(String yaml) {
        CaseException e = catchThrowableOfType(CaseException.class, () -> reader.read(yaml, "u.yaml", false));
        assertThat(e).as("should fail:%n%s", yaml).isNotNull();
        assertThat(e.errors()).hasSize(1);
        return e.errors().get(0);
    }

    @Test
    void read_listedDrivers_areTheRangesInDriverOrder() throws CaseException {
        Case c = reader.read(HEAD + "uncertainty:\n  discountRate: [0.06, 0.10, 0.15]\n  crmShare: [0.4, 0.6, 0.8]\n",
                "u.yaml", false);

        assertThat(c.uncertainty().ranges()).containsOnlyKeys("crmShare", "discountRate");
        assertThat(c.uncertainty().ranges().keySet()).containsExactly("crmShare", "discountRate");
        assertThat(c.uncertainty().crmShare()).containsExactly(new BigDecimal("0.4"), new BigDecimal("0.6"),
                new BigDecimal("0.8"));
    }

    @Test
    void read_noBlock_isNull() throws CaseException {
        assertThat(reader.read(HEAD, "u.yaml", false).uncertainty()).isNull();
    }

    @Test
    void read_lowAboveHigh_namesTheDriver() {
        CaseError e = only(HEAD + "uncertainty:\n  crmShare: [0.8, 0.6, 0.4]\n");

        assertThat(e.path()).isEqualTo("uncertainty.crmShare");
        assertThat(e.message()).isEqualTo("expected [low, likely, high] with low <= likely <= high, got [0.8, 0.6, 0.4]");
    }

    @Test
    void read_likelyOutsideLowHigh_isAnError() {
        CaseError e = only(HEAD + "uncertainty:\n  benefitScale: [0.7, 1.3, 1.2]\n");

        assertThat(e.path()).isEqualTo("uncertainty.benefitScale");
    }

    @Test
    void read_rateAboveOne_namesTheElement() {
        CaseError e = only(HEAD + "uncertainty:\n  grossMarginRate: [0.2, 0.3, 1.2]\n");

        assertThat(e.path()).isEqualTo("uncertainty.grossMarginRate[2]");
        assertThat(e.message()).isEqualTo("expected a rate between 0 and 1, got 1.2");
    }

    @Test
    void read_negativeScale_isOutOfRange() {
        CaseError e = only(HEAD + "uncertainty:\n  costScale: [-0.1, 1.0, 1.3]\n");

        assertThat(e.path()).isEqualTo("uncertainty.costScale[0]");
        assertThat(e.message()).isEqualTo("expected a number between 0 and 10, got -0.1");
    }

    @Test
    void read_unknownDriver_listsTheDrivers() {
        CaseError e = only(HEAD + "uncertainty:\n  churnRate: [0.1, 0.2, 0.3]\n");

        assertThat(e.path()).isEqualTo("uncertainty.churnRate");
        assertThat(e.message()).startsWith("unknown field 'churnRate' (allowed: crmShare, grossMarginRate, adoptionRate,");
    }

    @Test
    void read_twoValues_isNotARange() {
        CaseError e = only(HEAD + "uncertainty:\n  discountRate: [0.06, 0.15]\n");

        assertThat(e.path()).isEqualTo("uncertainty.discountRate");
        assertThat(e.message()).isEqualTo("expected a list of exactly 3 values, got 2");
    }

    @Test
    void read_degenerateRange_isAllowed() throws CaseException {
        Case c = reader.read(HEAD + "uncertainty:\n  costScale: [1.0, 1.0, 1.0]\n", "u.yaml", false);

        assertThat(c.uncertainty().ranges().get("costScale")).hasSize(3);
    }

    @Test
    void read_everyDriverOfTheSpec_isAccepted() throws CaseException {
        Case c = reader.read(HEAD + "uncertainty:\n  crmShare: [0.4, 0.6, 0.8]\n  grossMarginRate: [0.25, 0.32, 0.36]\n"
                + "  adoptionRate: [0.5, 0.63, 0.8]\n  benefitScale: [0.7, 1.0, 1.2]\n  costScale: [0.95, 1.0, 1.3]\n"
                + "  hiddenCostScale: [0.5, 1.0, 1.5]\n  discountRate: [0.06, 0.10, 0.15]\n", "u.yaml", false);

        assertThat(c.uncertainty().ranges().keySet()).containsExactlyElementsOf(
                io.roiassay.engine.model.Uncertainty.DRIVERS);
        assertThat(List.copyOf(c.uncertainty().ranges().values())).allSatisfy(r -> assertThat(r).hasSize(3));
    }
}
