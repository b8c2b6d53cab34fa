package io.roiassay.engine.caseio;

import com.fasterxml.jackson.core.JsonLocation;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a parsed document starts, by JSON pointer. Jackson's tree nodes carry no
 * locations, so the {@link DocumentParser} records them while it walks the token stream.
 * An object member is located at its key, which is where a person looks for it.
 */
final class LocationIndex {

    private final Map<String, JsonLocation> locations = new HashMap<>();

    /** Records the location of {@code pointer} unless one is already known (a member's key wins). */
    void put(String pointer, JsonLocation location) {
        locations.putIfAbsent(pointer, location);
    }

    /**
     * The location of {@code pointer} or, for a value that is not in the file (a missing required field),
     * of the nearest enclosing value that is; null only for an empty index.
     */
    JsonLocation find(String pointer) {
        String p = pointer;
        while (true) {
            JsonLocation l = locations.get(p);
            if (l != null || p.isEmpty()) {
                return l;
            }
            p = Pointers.parent(p);
        }
    }

    /** Number of located values, for tests. */
    int size() {
        return locations.size();
    }
}
