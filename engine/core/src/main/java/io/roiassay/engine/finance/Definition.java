package io.roiassay.engine.finance;

import java.util.Objects;

/**
 * The exact definition of one reported figure, in English and Chinese, so an auditor never has to guess which
 * ROI (or payback, or present value) a number is.
 *
 * @param name the figure's key in the report, e.g. {@code roiPercent}
 * @param en   the definition in English
 * @param zh   the definition in Simplified Chinese
 */
public record Definition(String name, String en, String zh) {

    public Definition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(zh, "zh");
    }
}
