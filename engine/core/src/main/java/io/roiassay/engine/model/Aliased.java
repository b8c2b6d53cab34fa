package io.roiassay.engine.model;

import java.util.List;

/** An enumeration written in cases by a canonical id or one of its aliases (Chinese names among them). */
public interface Aliased {

    /** The canonical id, as reports write it. */
    String id();

    /** The other names accepted in a case. */
    List<String> aliases();

    /** Finds the constant whose id or alias equals {@code text} (ids ignoring case), or null. */
    static <E extends Enum<E> & Aliased> E lookup(Class<E> type, String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        for (E e : type.getEnumConstants()) {
            if (e.id().equalsIgnoreCase(t)) {
                return e;
            }
            for (String alias : e.aliases()) {
                if (alias.equalsIgnoreCase(t)) {
                    return e;
                }
            }
        }
        return null;
    }
}
