package io.roiassay.plugin;

import java.util.Objects;

/**
 * A short text in both report languages, English and simplified Chinese.
 *
 * @param en the English wording, never blank
 * @param zh the Chinese (zh-CN) wording, never blank
 */
public record Text(String en, String zh) {

    public Text {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(zh, "zh");
        if (en.isBlank() || zh.isBlank()) {
            throw new IllegalArgumentException("a Text needs both an English and a Chinese wording");
        }
    }

    /** Returns a text with the given English and Chinese wording. */
    public static Text of(String en, String zh) {
        return new Text(en, zh);
    }

    /** Returns the wording for a report language: {@code zh-CN} (or any {@code zh…}) gives Chinese, else English. */
    public String in(String language) {
        return language != null && language.startsWith("zh") ? zh : en;
    }
}
