package io.roiassay.engine.errors;

/**
 * "Did you mean": the name closest to one a user mistyped, for options ({@code --fromat}), the server's query
 * parameters ({@code ?draw=0}), profile keys and methods in rule files. Picocli suggests commands and option
 * prefixes, not names with letters swapped.
 */
public final class Suggestions {

    /** Names further than this many edits from what was typed are no suggestion. */
    public static final int MAX_EDITS = 2;

    private Suggestions() {
    }

    /** The first of {@code names} with the fewest edits from {@code typed}, at most {@link #MAX_EDITS}; else null. */
    public static String nearest(String typed, Iterable<String> names) {
        String best = null;
        int bestDistance = MAX_EDITS + 1;
        for (String name : names) {
            int d = editDistance(typed, name);
            if (d < bestDistance) {
                bestDistance = d;
                best = name;
            }
        }
        return best;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    public static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
