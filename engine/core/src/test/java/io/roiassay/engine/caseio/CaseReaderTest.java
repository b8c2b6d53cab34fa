package io.roiassay.engine.caseio;

import io.roiassay.engine.model.BenefitBasis;
import io.roiassay.engine.model.BenefitSource;
import io.roiassay.engine.model.Case;
import io.roiassay.engine.model.ClaimBasis;
import io.roiassay.engine.model.CostCategory;
import io.roiassay.engine.model.DeploymentModel;
import io.roiassay.engine.model.Recurrence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CaseReaderTest {

    private final CaseReader reader = new CaseReader();

    static Path fixture(String name) {
        try {
            return Path.of(CaseReaderTest.class.getResource("/cases/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The errors of reading fixture {@code name}, which must fail. */
    private List<CaseError> errorsOf(String name) {
        CaseException e = catchThrowableOfType(CaseException.class, () -> reader.read(fixture(name)));
        assertThat(e).as("reading %s should fail", name).isNotNull();
        return e.errors();
    }

    private CaseError onlyErrorOf(String name) {
        List<CaseError> errors = errorsOf(name);
        assertThat(errors).hasSize(1);
        return errors.get(0);
    }

    @Test
    void read_specExampleYaml_bindsEveryField() throws CaseException {
        Case c = reader.read(fixture("acme-retail.yaml"));

        assertThat(c.format()).isEqualTo(Case.FORMAT);
        assertThat(c.id()).isEqualTo("acme-retail-2025");
        assertThat(c.title()).isEqualTo("华东某零售连锁 CRM 投资评估");
        assertThat(c.effectiveLanguage()).isEqualTo("zh-CN");
        assertThat(c.company().employees()).isEqualTo(320);
        assertThat(c.company().annualRevenue()).isEqualTo(new BigDecimal("80000000"));
        assertThat(c.company().grossMarginRate()).isEqualTo(new BigDecimal("0.32"));
        assertThat(c.deployment().model()).isEqualTo(DeploymentModel.SAAS);
        assertThat(c.deployment().activeUsers()).isEqualTo(38);
        assertThat(c.years()).isEqualTo(3);
        // Exact decimal, scale kept: 0.10, not 0.1 and not a double.
        assertThat(c.horizon().discountRate()).isEqualTo(new BigDecimal("0.10"));
        assertThat(c.costs()).hasSize(2);
        assertThat(c.costs().get(0).category()).isEqualTo(CostCategory.SUBSCRIPTION);
        assertThat(c.costs().get(0).recurrence()).isEqualTo(Recurrence.ANNUAL);
        assertThat(c.costs().get(0).endYear()).isEqualTo(3);
        assertThat(c.costs().get(1).schedule()).containsExactly(new BigDecimal("150000"), BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO);
        assertThat(c.benefits().get(0).basis()).isEqualTo(BenefitBasis.GROSS_PROFIT);
        assertThat(c.benefits().get(0).source()).isEqualTo(BenefitSource.MEASURED);
        assertThat(c.benefits().get(1).hours()).isEqualTo(new BigDecimal("1200"));
        assertThat(c.kpis()).containsOnlyKeys("marketing", "sales", "service");
        assertThat(c.kpis().get("sales").after()).containsEntry("averageDealSize", new BigDecimal("5200"));
        assertThat(c.attribution().crmShare()).isEqualTo(new BigDecimal("0.6"));
        assertThat(c.attribution().concurrentInitiatives()).containsExactly("扩招销售人员", "新产品线");
        assertThat(c.claim().roiPercent()).isEqualTo(new BigDecimal("525"));
        assertThat(c.claim().benefitBasis()).isEqualTo(ClaimBasis.GROSS_PROFIT);
        assertThat(c.claim().discounted()).isFalse();
        assertThat(c.assumptions().rampUp()).containsExactly(new BigDecimal("0.5"), new BigDecimal("1.0"),
                new BigDecimal("1.0"));
        assertThat(c.assumptions().riskAdjustment().costs()).isEqualTo(new BigDecimal("0.05"));
    }

    @Test
    void read_sameCaseAsJson_bindsEqualValues() throws CaseException {
        assertThat(reader.read(fixture("acme-retail.json"))).isEqualTo(reader.read(fixture("acme-retail.yaml")));
    }

    @Test
    void read_stringContent_sniffsNothingAndUsesGivenFormat() throws Exception {
        String json = Files.readString(fixture("acme-retail.json")).replaceAll("\\s*\\n\\s*", " ");

        Case c = reader.read(json, "batch.jsonl:7", true);

        assertThat(c.id()).isEqualTo("acme-retail-2025");
    }

    @Test
    void read_currencyIso4217DoesNotAssign_namesFieldAndLine() throws Exception {
        String yaml = Files.readString(fixture("acme-retail.yaml")).replace("currency: CNY", "currency: XYZ");

        CaseException e = catchThrowableOfType(CaseException.class, () -> reader.read(yaml, "typo.yaml", false));

        assertThat(e.errors()).singleElement().satisfies(err -> {
            assertThat(err.path()).isEqualTo("currency");
            assertThat(err.line()).isEqualTo(Files.readAllLines(fixture("acme-retail.yaml")).indexOf("currency: CNY") + 1);
            assertThat(err.message()).isEqualTo("'XYZ' is not the ISO 4217 code of a currency (e.g. CNY, USD, EUR)");
        });
    }

    @ParameterizedTest
    @CsvSource({"DEM, EUR", "HRK, EUR", "TRL, TRY", "VEF, VES"})
    void read_withdrawnCurrency_refusedNamingItsSuccessor(String code, String successor) throws Exception {
        String yaml = Files.readString(fixture("acme-retail.yaml")).replace("currency: CNY", "currency: " + code);

        CaseException e = catchThrowableOfType(CaseException.class, () -> reader.read(yaml, "old.yaml", false));

        assertThat(e.errors()).singleElement().satisfies(err -> {
            assertThat(err.path()).isEqualTo("currency");
            assertThat(err.message()).isEqualTo("'" + code + "' is a withdrawn currency (replaced by " + successor
                    + "): give the amounts in the currency they are paid in");
        });
    }

    @Test
    void read_everyWithdrawnCodesSuccessor_isACurrencyTheReaderTakes() {
        for (java.util.Currency c : java.util.Currency.getAvailableCurrencies()) {
            String successor = WithdrawnCurrencies.successorOf(c.getCurrencyCode());
            if (successor != null) {
                assertThat(WithdrawnCurrencies.successorOf(successor)).as(c + " -> " + successor).isNull();
                assertThat(java.util.Currency.getInstance(successor).getDefaultFractionDigits()).as(successor).isNotNegative();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"XXX", "XTS", "XAU", "XDR"}) // no currency, testing, gold, a unit of account: no minor unit
    void read_iso4217CodeWithoutMinorUnit_refused_notRoundedByAGuess(String code) throws Exception {
        String yaml = Files.readString(fixture("acme-retail.yaml")).replace("currency: CNY", "currency: " + code);

        CaseException e = catchThrowableOfType(CaseException.class, () -> reader.read(yaml, "odd.yaml", false));

        assertThat(e.errors()).singleElement().satisfies(err -> assertThat(err.path()).isEqualTo("currency"));
    }

    @Test
    void read_currencyOtherThanCny_keepsItsCode() throws Exception {
        String yaml = Files.readString(fixture("acme-retail.yaml")).replace("currency: CNY", "currency: JPY");

        assertThat(reader.read(yaml, "yen.yaml", false).currency()).isEqualTo("JPY");
    }

    @Test
    void read_chineseAliases_bindToCanonicalEnums() throws CaseException {
        Case c = reader.read(fixture("chinese-aliases.yaml"));

        assertThat(c.company().industry()).as("industry is kept as written").isEqualTo("中药");
        assertThat(c.deployment().model()).isEqualTo(DeploymentModel.ON_PREMISE);
        assertThat(c.costs()).extracting(x -> x.category()).containsExactly(CostCategory.TRAINING,
                CostCategory.DATA_MIGRATION, CostCategory.INFRASTRUCTURE);
        assertThat(c.costs().get(1).recurrence()).isEqualTo(Recurrence.ANNUAL);
        assertThat(c.benefits().get(0).basis()).isEqualTo(BenefitBasis.GROSS_PROFIT);
        assertThat(c.benefits().get(0).source()).isEqualTo(BenefitSource.VENDOR_BENCHMARK);
        assertThat(c.claim().benefitBasis()).isEqualTo(ClaimBasis.REVENUE);
    }

    @Test
    void read_unknownField_namesFieldAndAllowedOnes() {
        CaseError e = onlyErrorOf("unknown-field.yaml");

        assertThat(e.path()).isEqualTo("company.foo");
        assertThat(e.line()).isEqualTo(6);
        assertThat(e.message()).isEqualTo(
                "unknown field 'foo' (allowed: name, industry, employees, annualRevenue, grossMarginRate)");
    }

    @Test
    void read_wrongType_saysExpectedAndFound() {
        CaseError e = onlyErrorOf("wrong-type.yaml");

        assertThat(e.path()).isEqualTo("company.employees");
        assertThat(e.line()).isEqualTo(6);
        assertThat(e.message()).isEqualTo("expected an integer >= 1, got 'many'");
    }

    @Test
    void read_negativeAmount_namesField() {
        CaseError e = onlyErrorOf("negative-amount.yaml");

        assertThat(e.path()).isEqualTo("costs[2].amount");
        assertThat(e.line()).isEqualTo(12);
        assertThat(e.message()).isEqualTo("expected a number >= 0, got -5");
    }

    @Test
    void read_rateAboveOne_saysRateBetweenZeroAndOne() {
        CaseError e = onlyErrorOf("rate-out-of-range.yaml");

        assertThat(e.path()).isEqualTo("company.grossMarginRate");
        assertThat(e.line()).isEqualTo(6);
        assertThat(e.message()).isEqualTo("expected a rate between 0 and 1, got 1.2");
    }

    @Test
    void read_fractionalYears_saysIntegerExpected() {
        CaseError e = onlyErrorOf("float-years.yaml");

        assertThat(e.path()).isEqualTo("horizon.years");
        assertThat(e.line()).isEqualTo(7);
        assertThat(e.message()).isEqualTo("expected an integer between 1 and 10, got 5.5");
    }

    @Test
    void read_duplicateKey_namesKeyAndLine() {
        CaseError e = onlyErrorOf("duplicate-key.yaml");

        assertThat(e.path()).isEqualTo("company.industry");
        assertThat(e.line()).isEqualTo(6);
        assertThat(e.message()).contains("duplicate key 'industry'");
    }

    @Test
    void read_scheduleLongerThanHorizon_namesHorizon() {
        CaseError e = onlyErrorOf("long-schedule.yaml");

        assertThat(e.path()).isEqualTo("costs[0].schedule");
        assertThat(e.line()).isEqualTo(10);
        assertThat(e.message()).isEqualTo("schedule has 5 periods but the horizon has 4 (initial + 3 years)");
    }

    @Test
    void read_unknownCategory_listsCategories() {
        CaseError e = onlyErrorOf("unknown-category.yaml");

        assertThat(e.path()).isEqualTo("costs[0].category");
        assertThat(e.line()).isEqualTo(7);
        assertThat(e.message()).startsWith("unknown category 'hardware' (expected one of license, subscription,")
                .contains("other, or a Chinese alias such as 软件购买");
    }

    @Test
    void read_malformedYaml_givesLineWithoutJavaNames() {
        CaseError e = onlyErrorOf("malformed.yaml");

        assertThat(e.line()).isEqualTo(6);
        assertThat(e.message()).startsWith("YAML syntax error: ").doesNotContain("Exception", "snakeyaml",
                "jackson", "\n");
    }

    @Test
    void read_malformedJson_givesLineAndColumn() {
        CaseError e = onlyErrorOf("malformed.json");

        assertThat(e.line()).isEqualTo(5);
        assertThat(e.column()).isNotNull();
        assertThat(e.message()).startsWith("JSON syntax error: ").doesNotContain("Exception", "Source:",
                "code 125");
    }

    @Test
    void read_missingRequiredField_namesField() {
        CaseError e = onlyErrorOf("missing-industry.yaml");

        assertThat(e.path()).isEqualTo("company.industry");
        assertThat(e.line()).as("located at the enclosing object").isEqualTo(4);
        assertThat(e.message()).isEqualTo("required field is missing");
    }

    @Test
    void read_amountAndSchedule_asksForOne() {
        CaseError e = onlyErrorOf("amount-and-schedule.yaml");

        assertThat(e.path()).isEqualTo("costs[1]");
        assertThat(e.line()).isEqualTo(9);
        assertThat(e.message()).isEqualTo("give only one of amount or schedule, not amount and schedule");
    }

    @Test
    void read_moreActiveThanLicensedUsers_namesBoth() {
        CaseError e = onlyErrorOf("too-many-active-users.yaml");

        assertThat(e.path()).isEqualTo("deployment.activeUsers");
        assertThat(e.line()).isEqualTo(8);
        assertThat(e.message()).isEqualTo("activeUsers 12 is more than licensedUsers 10");
    }

    @Test
    void read_emptyFile_saysEmpty() {
        CaseError e = onlyErrorOf("empty.yaml");

        assertThat(e.path()).isEqualTo("(root)");
        assertThat(e.message()).contains("empty");
    }

    @Test
    void read_missingFile_saysNotFound(@TempDir Path dir) {
        Path missing = dir.resolve("nope.yaml");

        CaseException e = catchThrowableOfType(CaseException.class, () -> reader.read(missing));

        assertThat(e.errors()).containsExactly(new CaseError(missing.toString(), "(root)", null, null,
                "file not found"));
        assertThat(e.getMessage()).isEqualTo(missing + ": (root): file not found");
    }

    @Test
    void read_directory_saysDirectory(@TempDir Path dir) {
        CaseException e = catchThrowableOfType(CaseException.class, () -> reader.read(dir));

        assertThat(e.errors().get(0).message()).isEqualTo("is a directory, not a case file");
    }

    @Test
    void read_threeErrors_reportsAllInOnePassSortedByLine() {
        CaseException e = catchThrowableOfType(CaseException.class, () -> reader.read(fixture("three-errors.yaml")));

        assertThat(e.errors()).extracting(CaseError::path, CaseError::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("company.grossMarginRate", 6),
                org.assertj.core.groups.Tuple.tuple("costs[0].amount", 11),
                org.assertj.core.groups.Tuple.tuple("costs[1].schedule", 13));
        String file = fixture("three-errors.yaml").toString();
        assertThat(e.getMessage().lines()).hasSize(3).first().asString()
                .isEqualTo(file + ":6:3: company.grossMarginRate: expected a rate between 0 and 1, got 1.5");
    }

    @Test
    void schemaResource_isOnTheClassPath() {
        assertThat(CaseReader.schemaResource()).isEqualTo("roi-assay/schema/case-1.schema.json");
        assertThat(CaseReader.class.getClassLoader().getResource(CaseReader.schemaResource())).isNotNull();
    }

    @Test
    void anIndustryLongerThan1000Characters_isAnInputError_notARulePackFailure() {
        // 20,000 characters used to reach the rules and fail there (exit 3, blaming the pack's evidence limit)
        String yaml = """
                format: roi-assay/case-1
                id: long-industry
                currency: USD
                company: {industry: %s, employees: 40}
                costs: []
                """.formatted("a".repeat(1001));
        CaseException e = catchThrowableOfType(CaseException.class, () -> reader.read(yaml, "long.yaml", false));
        assertThat(e.errors()).singleElement().satisfies(err -> {
            assertThat(err.path()).isEqualTo("company.industry");
            assertThat(err.message()).startsWith("expected text of at most 1000 characters, got 'aaaa").endsWith("(1001 characters)");
        });
    }

    @Test
    void moreThan2000BenefitLines_isAnInputError_namingTheLimit() {
        StringBuilder yaml = new StringBuilder("""
                format: roi-assay/case-1
                id: many-lines
                currency: USD
                company: {industry: retail, employees: 40}
                costs: []
                benefits:
                """);
        for (int i = 0; i < 2001; i++) {
            yaml.append("  - {basis: gross-profit, amount: 1, recurrence: annual}\n");
        }
        CaseException e = catchThrowableOfType(CaseException.class, () -> reader.read(yaml.toString(), "many.yaml", false));
        assertThat(e.errors()).singleElement().satisfies(err -> {
            assertThat(err.path()).isEqualTo("benefits");
            assertThat(err.message()).isEqualTo("expected a list of at most 2000 values, got 2001");
        });
    }
}
