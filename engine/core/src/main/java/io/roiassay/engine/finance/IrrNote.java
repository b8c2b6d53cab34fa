package io.roiassay.engine.finance;

/** Why a set of cash flows has no meaningful internal rate of return ({@code irrNote}), in English and Chinese. */
public enum IrrNote {
    /** Net cash flow is never negative: there is no outlay to earn a rate on. */
    NO_OUTLAY("Not meaningful: the net cash flow is never negative, so there is no outlay to earn a rate of return on.",
            "无意义：净现金流从未为负，没有需要收回的投入，谈不上收益率。"),
    /** Net cash flow is never positive. */
    NO_INFLOW("Not meaningful: the net cash flow is never positive, so the outlay earns nothing back.",
            "无意义：净现金流从未为正，投入没有任何回收。"),
    /** Cumulative net cash flow is still negative at the end of the horizon. */
    NOT_RECOVERED("Not meaningful: the outlay is not recovered within the horizon (cumulative net cash flow is still"
            + " negative at the end); NPV and ROI show the loss.",
            "无意义：评估期内未能收回投入（期末累计净现金流仍为负）；亏损程度见净现值和投资回报率。"),
    /** The flows change sign more than once and no single rate solves NPV = 0. */
    SIGN_CHANGES("Not meaningful: the net cash flows change sign more than once (inflows before a later outlay),"
            + " so no single rate, or more than one, gives NPV = 0.",
            "无意义：净现金流多次正负交替（先有流入、后又投入），没有唯一的折现率使净现值为零。"),
    /** The rate exists but lies beyond the searched range (above 100,000 % a year). */
    OUT_OF_RANGE("Not meaningful: the rate lies above 100,000% a year (a very small outlay against large returns);"
            + " NPV and ROI describe the case better.",
            "无意义：收益率超过每年 100000%（投入极小而回报很大）；净现值和投资回报率更能说明问题。");

    private final String en;
    private final String zh;

    IrrNote(String en, String zh) {
        this.en = en;
        this.zh = zh;
    }

    /** The reason in English. */
    public String en() {
        return en;
    }

    /** The reason in Chinese. */
    public String zh() {
        return zh;
    }
}
