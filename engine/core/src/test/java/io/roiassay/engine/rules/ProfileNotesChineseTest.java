package io.roiassay.engine.rules;

import io.roiassay.engine.facts.Profile;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static io.roiassay.engine.rules.RulePackHarness.scenario;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every assumption the built-in profile rules set carries a Chinese note (a zh-CN report shows it instead of
 * the English one), for every industry, size and deployment row of the tables and every classification rule;
 * the Chinese note uses full-width punctuation against Chinese text.
 */
class ProfileNotesChineseTest {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern ASCII_PUNCTUATION = Pattern.compile("\\p{IsHan}[(),:;]|[(,:;]\\p{IsHan}");

    /** Currency, employees and revenue: every size rule (by staff, by revenue, the CN SME standard, unknown). */
    private static final List<Object[]> SIZES = List.of(
            new Object[] {"USD", 20, null}, new Object[] {"USD", 500, null}, new Object[] {"USD", 5000, null},
            new Object[] {"EUR", null, "5000000"}, new Object[] {"EUR", null, "50000000"},
            new Object[] {"EUR", null, "500000000"}, new Object[] {"CNY", 10, null}, new Object[] {"CNY", 400, null},
            new Object[] {"CNY", 3000, null}, new Object[] {"GBP", null, null});

    @Test
    void everyProfileAssumption_hasAChineseNote_forEveryIndustrySizeAndDeployment() {
        List<String> missing = new ArrayList<>();
        Set<String> rulesSeen = new TreeSet<>();
        String[] deployments = {"saas", "on-premise", "hybrid", null};
        List<Object[]> runs = new ArrayList<>();
        List<String> industries = RulePackProfileTest.CANONICAL_IDS;
        for (int i = 0; i < industries.size(); i++) { // every industry row, sizes and deployments in turn
            runs.add(new Object[] {industries.get(i), deployments[i % deployments.length], SIZES.get(i % SIZES.size())});
        }
        for (String deployment : deployments) { // every size and deployment rule together
            for (Object[] size : SIZES) {
                runs.add(new Object[] {"manufacturing", deployment, size});
            }
        }
        for (Object[] run : runs) {
            Object[] size = (Object[]) run[2];
            Profile p = scenario().industry((String) run[0]).deployment((String) run[1]).currency((String) size[0])
                    .employees((Integer) size[1]).annualRevenue((String) size[2]).run().profile();
            p.getAssumptions().forEach((key, a) -> {
                rulesSeen.add(a.rule() + (a.row() > 0 ? " row " + a.row() : ""));
                String where = run[0] + "/" + run[1] + "/" + size[0] + " " + key + " (" + a.rule() + ")";
                if (a.noteZh() == null || !HAN.matcher(a.noteZh()).find()) {
                    missing.add(where + ": " + a.note());
                } else if (ASCII_PUNCTUATION.matcher(a.noteZh()).find()) {
                    missing.add(where + " has ASCII punctuation against Chinese: " + a.noteZh());
                }
            });
        }
        assertThat(missing).as("assumptions without a proper Chinese note").isEmpty();
        // the matrix reaches every row of both tables (24 + 3) and the classification rules, so the check is not vacuous
        assertThat(rulesSeen).contains("Profile defaults row 10", "Industry profile: utilities row 29",
                "Segment profile: large row 31", "Deployment profile: hybrid row 33", "Loaded hourly cost in EUR row 12",
                "Segment small by the SME standard (CN)", "Segment unknown when size is unknown",
                "Deployment defaults to saas", "Revenue margin: banks at a net interest margin");
        assertThat(rulesSeen.stream().filter(r -> r.contains(" row "))).hasSize(27);
    }
}
