package io.roiassay.server;

import java.util.Locale;

/**
 * Whether a request's {@code Accept} header allows the type of the answer it asked for with {@code format=}. The
 * format decides the report (json by default, as {@code assay assess}); an {@code Accept} that excludes it gets 406
 * instead of a JSON report the client said it could not take (a review: {@code Accept: application/pdf} got JSON).
 * The most specific range that matches decides (RFC 9110 §12.5.1): the type itself, then {@code type/*}, then
 * {@code *}{@code /*}; it allows the type unless its weight is {@code q=0} ({@code application/json;q=0, *}{@code /*}
 * refuses JSON). No header allows anything.
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
        int best = -1; // 2: the type, 1: type/*, 0: */*
        boolean allowed = false;
        for (String range : header.split(",")) {
            String[] parts = range.split(";");
            String r = parts[0].strip().toLowerCase(Locale.ROOT);
            int specificity = r.equals(type) ? 2 : r.equals(major + "/*") ? 1 : r.equals("*/*") ? 0 : -1;
            boolean takes = !refused(parts);
            if (specificity > best || specificity == best && specificity >= 0 && takes) {
                best = specificity;
                allowed = takes;
            }
        }
        return best >= 0 && allowed;
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
