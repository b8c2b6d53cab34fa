package io.roiassay.engine.facts;

import java.math.BigDecimal;
import java.util.List;

/** The company and case settings, flattened for rules. One per session. */
public final class CaseFact implements FixedFact {
    private final String caseId;
    private final String industryText;
    private final Integer employees;
    private final BigDecimal annualRevenue;
    private final BigDecimal grossMarginRate;
    private final String deploymentModel;
    private final Integer licensedUsers;
    private final Integer activeUsers;
    private final BigDecimal adoptionRate;
    private final int horizonYears;
    private final BigDecimal crmShare;
    private final List<String> concurrentInitiatives;
    private final boolean rampUpGiven;
    private final String currency;
    private String costCoverage = "itemized";
    private boolean riskAdjusted;

    public CaseFact(String caseId, String industryText, Integer employees, BigDecimal annualRevenue,
                    BigDecimal grossMarginRate, String deploymentModel, Integer licensedUsers, Integer activeUsers,
                    BigDecimal adoptionRate, int horizonYears, BigDecimal crmShare,
                    List<String> concurrentInitiatives, boolean rampUpGiven, String currency) {
        this.caseId = caseId;
        this.industryText = industryText;
        this.employees = employees;
        this.annualRevenue = annualRevenue;
        this.grossMarginRate = grossMarginRate;
        this.deploymentModel = deploymentModel;
        this.licensedUsers = licensedUsers;
        this.activeUsers = activeUsers;
        this.adoptionRate = adoptionRate;
        this.horizonYears = horizonYears;
        this.crmShare = crmShare;
        this.concurrentInitiatives = List.copyOf(concurrentInitiatives);
        this.rampUpGiven = rampUpGiven;
        this.currency = currency;
    }

    public String getCaseId() { return caseId; }
    /** The industry as written, trimmed and lower-cased (Chinese unchanged). */
    public String getIndustryText() { return industryText; }
    public Integer getEmployees() { return employees; }
    public BigDecimal getAnnualRevenue() { return annualRevenue; }
    /** The case's gross margin rate, or null when not given. */
    public BigDecimal getGrossMarginRate() { return grossMarginRate; }
    /** {@code saas}, {@code on-premise}, {@code hybrid}, or null when not given. */
    public String getDeploymentModel() { return deploymentModel; }
    public Integer getLicensedUsers() { return licensedUsers; }
    public Integer getActiveUsers() { return activeUsers; }
    /** activeUsers / licensedUsers (4 decimals), or null when either is missing or licensedUsers is 0. */
    public BigDecimal getAdoptionRate() { return adoptionRate; }
    public int getHorizonYears() { return horizonYears; }
    /** attribution.crmShare, or null when absent. */
    public BigDecimal getCrmShare() { return crmShare; }
    public List<String> getConcurrentInitiatives() { return concurrentInitiatives; }
    public int getConcurrentInitiativeCount() { return concurrentInitiatives.size(); }
    /** Whether the case gives assumptions.rampUp. */
    public boolean isRampUpGiven() { return rampUpGiven; }
    public String getCurrency() { return currency; }
    /** {@code itemized} (default) or {@code all-in}: the lines are the whole cost. */
    public String getCostCoverage() { return costCoverage; }
    /** The cost lines are a quoted all-in total: nothing is hidden. */
    public boolean isAllIn() { return "all-in".equals(costCoverage); }
    /** The entered figures were already risk-adjusted (a published TEI study). */
    public boolean isRiskAdjusted() { return riskAdjusted; }
    /** Sets the second-wave case flags ({@code costCoverage}, {@code riskAdjusted}). */
    public CaseFact withCoverage(String costCoverage, boolean riskAdjusted) {
        this.costCoverage = costCoverage;
        this.riskAdjusted = riskAdjusted;
        return this;
    }

    @Override
    public String toString() {
        return "CaseFact(" + caseId + ", industry=" + industryText + ", employees=" + employees
                + ", deployment=" + deploymentModel + ", years=" + horizonYears + ")";
    }
}
