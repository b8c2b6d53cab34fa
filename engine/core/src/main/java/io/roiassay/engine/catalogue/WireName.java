package io.roiassay.engine.catalogue;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A catalogue enum whose constants have a wire name (the word in case files, reports and rules). */
interface WireName {

    /** The name in case files, reports and rules. */
    String wire();

    /** The constant of {@code type} with this wire name, or null when there is none. */
    static <E extends Enum<E> & WireName> E of(Class<E> type, String wire) {
        for (E v : type.getEnumConstants()) {
            if (v.wire().equals(wire)) {
                return v;
            }
        }
        return null;
    }

    /** The wire names of {@code type}, quoted and joined, for messages. */
    static <E extends Enum<E> & WireName> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(v -> '"' + v.wire() + '"').collect(Collectors.joining(", "));
    }
}
