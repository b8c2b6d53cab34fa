package io.roiassay.engine.report;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The distribution chart's percentile labels: beside their lines when apart, on rows of their own when close, one
 * label when the three coincide, and never outside the chart (a review saw "-100.00%P10…" printed over each other
 * and cut at the left edge for P10 = P50 = P90 = -100 %).
 */
class DistributionLabelsTest {

    private static final Pattern TEXT = Pattern.compile(
            "data-percentile=\"(p\\d+)\"[^>]*><line [^>]*y1=\"(-?\\d+)\"[^>]*/>(?:<text x=\"([-\\d.]+)\" y=\"(\\d+)\" text-anchor=\"(\\w+)\"[^>]*>([^<]*)</text>)?");

    private record Label(String name, int lineTop, String x, String y, String anchor, String text) {
    }

    private static List<Label> labels(String svg) {
        List<Label> out = new ArrayList<>();
        Matcher m = TEXT.matcher(svg);
        while (m.find()) {
            out.add(new Label(m.group(1), Integer.parseInt(m.group(2)), m.group(3), m.group(4), m.group(5), m.group(6)));
        }
        return out;
    }

    private static String chart(String p10, String p50, String p90) {
        return SvgRanges.distribution(new BigDecimal(p10), new BigDecimal(p50), new BigDecimal(p90), new BigDecimal(p50),
                List.of(), false, "en");
    }

    @Test
    void farApart_oneRow_besideTheirLines() {
        // axis 0..100 % over x 60..700: P10 at 124, P50 at 380, P90 at 636
        List<Label> l = labels(chart("10", "50", "90"));
        assertThat(l).extracting(Label::name).containsExactly("p10", "p50", "p90");
        assertThat(l).extracting(Label::y).containsOnly("56");
        assertThat(l).extracting(Label::anchor).containsExactly("end", "middle", "start");
        assertThat(l).extracting(Label::text).containsExactly("P10 10.00%", "P50 50.00%", "P90 90.00%");
        assertThat(l).extracting(Label::x).containsExactly("124.0", "380.0", "636.0");
    }

    @Test
    void allThreeTheSame_oneLabelNamesThemAll_insideTheChart() {
        // -100 % is the axis's left end (x = 60): "P10 = P50 = P90 -100.00%" (24 characters, about 156 px) centred
        // there would start at x = -18; it is moved right to start at 2
        List<Label> l = labels(chart("-100", "-100", "-100"));
        assertThat(l).extracting(Label::name).containsExactly("p10", "p90", "p50");
        assertThat(l.stream().filter(x -> x.text() != null)).singleElement()
                .satisfies(x -> {
                    assertThat(x.text()).isEqualTo("P10 = P50 = P90 -100.00%");
                    assertThat(x.anchor()).isEqualTo("middle");
                    assertThat(new BigDecimal(x.x())).isEqualByComparingTo("80");
                });
    }

    @Test
    void close_threeRows_p10Lowest_linesReachTheirLabels() {
        // 10, 10.5, 11 %: a few tens of px apart, closer than half P50's label ("P50 10.50%", 65 px) is wide
        List<Label> l = labels(chart("10", "10.5", "11"));
        assertThat(l).extracting(Label::y).containsExactly("56", "42", "28");
        assertThat(l).extracting(Label::lineTop).containsExactly(60, 46, 32);
    }

    @Test
    void p10AtTheLeftEnd_itsLabelMovedInward_wouldMeetP50s_soThreeRows() {
        // P10 -100 % at x 60: "P10 -100.00%" (78 px) is moved to x 2..80; P50 -92 % at x 111.2 centres its 71.5 px
        // label at 75.5..147: they would meet where drawn, though P50's label clears P10's line (a review's case)
        List<Label> l = labels(chart("-100", "-92", "-50"));
        assertThat(l).extracting(Label::y).containsExactly("56", "42", "28");
    }

    @Test
    void nearTheRightEnd_p90sLabelMovesInward() {
        // P90 at the axis's right end (x = 700): "P90 100.00%" (11 characters, 71.5 px) from 700 would end at 771.5
        List<Label> l = labels(chart("10", "50", "100"));
        Label p90 = l.get(2);
        assertThat(p90.anchor()).isEqualTo("start");
        assertThat(new BigDecimal(p90.x()).add(new BigDecimal("71.5"))).isLessThanOrEqualTo(new BigDecimal("758"));
    }
}
