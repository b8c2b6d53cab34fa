package io.roiassay.engine.caseio;

import java.util.Map;

/**
 * ISO 4217 codes that were withdrawn (the standard's list of historic denominations) but that the Java
 * runtime still knows, each with the code that replaced it. A case in German marks or Croatian kuna is
 * almost always a typo or an old template: its figures would be reported in a currency nobody pays in.
 */
final class WithdrawnCurrencies {

    private static final Map<String, String> SUCCESSORS = Map.ofEntries(
            // replaced by the euro
            Map.entry("ADP", "EUR"), Map.entry("ATS", "EUR"), Map.entry("BEF", "EUR"), Map.entry("CYP", "EUR"),
            Map.entry("DEM", "EUR"), Map.entry("EEK", "EUR"), Map.entry("ESP", "EUR"), Map.entry("FIM", "EUR"),
            Map.entry("FRF", "EUR"), Map.entry("GRD", "EUR"), Map.entry("HRK", "EUR"), Map.entry("IEP", "EUR"),
            Map.entry("ITL", "EUR"), Map.entry("LTL", "EUR"), Map.entry("LUF", "EUR"), Map.entry("LVL", "EUR"),
            Map.entry("MTL", "EUR"), Map.entry("NLG", "EUR"), Map.entry("PTE", "EUR"), Map.entry("SIT", "EUR"),
            Map.entry("SKK", "EUR"),
            // redenominated or replaced by a national successor
            Map.entry("AFA", "AFN"), Map.entry("AYM", "AZN"), Map.entry("AZM", "AZN"), Map.entry("BGL", "BGN"),
            Map.entry("BYB", "BYN"), Map.entry("BYR", "BYN"), Map.entry("CSD", "RSD"), Map.entry("GHC", "GHS"),
            Map.entry("GWP", "XOF"), Map.entry("MGF", "MGA"), Map.entry("MRO", "MRU"), Map.entry("MZM", "MZN"),
            Map.entry("ROL", "RON"), Map.entry("RUR", "RUB"), Map.entry("SDD", "SDG"), Map.entry("SRG", "SRD"),
            Map.entry("STD", "STN"), Map.entry("TMM", "TMT"), Map.entry("TPE", "USD"), Map.entry("TRL", "TRY"),
            Map.entry("VEB", "VES"), Map.entry("VEF", "VES"), Map.entry("YUM", "RSD"), Map.entry("ZMK", "ZMW"),
            Map.entry("ZWD", "ZWG"), Map.entry("ZWN", "ZWG"), Map.entry("ZWR", "ZWG"), Map.entry("ZWL", "ZWG"));

    private WithdrawnCurrencies() {
    }

    /** The code that replaced a withdrawn one, or null when {@code code} is not withdrawn. */
    static String successorOf(String code) {
        return SUCCESSORS.get(code);
    }
}
