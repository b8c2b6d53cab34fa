package io.roiassay.engine.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.List;

/** How often an amount recurs: once, every year, or every month (twelve times a year). */
public enum Recurrence implements Aliased {
    ONCE("once", "一次性"),
    ANNUAL("annual", "每年"),
    MONTHLY("monthly", "每月");

    private final String id;
    private final List<String> aliases;

    Recurrence(String id, String... aliases) {
        this.id = id;
        this.aliases = List.of(aliases);
    }

    @JsonValue
    @Override
    public String id() {
        return id;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    @JsonCreator
    public static Recurrence of(String text) {
        return Aliased.lookup(Recurrence.class, text);
    }
}
