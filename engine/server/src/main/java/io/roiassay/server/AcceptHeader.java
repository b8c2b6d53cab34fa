package io.roiassay.server;

import java.util.Locale;

/**
 * Whether a request's {@code Accept} header allows the type of the answer it asked for with {@code format=}. The
 * format decides the report (json by default, as {@code assay assess}); an {@code Accept} that excludes it gets 406
 * instead of a JSON report the client said it could not take (a review: {@code Accept: application/pdf} got JSON).
 * No header, {@code *}{@code /*} and {@code type/*} allow anything of their kind; a range with {@code q=0} allows nothing.
 */
final class AcceptHeader {

    private AcceptHeader() {
    }

    static boolean allows(String header, String mediaType) {
        if (header == null || header.isBlank()) {
            return true;
        }
        String type = mediaType.toLowerCase(Locale.ROOT);
        String major = type.substring(0, Math.max(type.indexOf('/'), 0));
        for (String range : header.split(",")) {
            String[] parts = range.split(";");
            String r = parts[0].strip().toLowerCase(Locale.ROOT);
            if (r.isEmpty() || refused(parts)) {
                continue;
            }
            if (r.equals("*/*") || r.equals(type) || r.equals(major + "/*")) {
                return true;
            }
        }
        return false;
    }

    /** A range given {@code q=0} (or any zero weight): "not this". */
    private static boolean refused(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip().toLowerCase(Locale.ROOT);
            if (p.startsWith("q=") && p.substring(2).strip().matches("0(\\.0{0,3})?")) {
                return true;
            }
        }
        return false;
    }
}
