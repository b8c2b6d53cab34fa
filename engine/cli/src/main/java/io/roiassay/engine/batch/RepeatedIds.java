package io.roiassay.engine.batch;

import java.util.Locale;

/**
 * Tells a batch when an input repeats the case id of an earlier one: their reports and summary rows then share a
 * {@code caseId}, and an analyst joining rows on it would merge two cases.
 *
 * <p>Memory stays small and bounded: each distinct id is kept as a 64-bit fingerprint (8 bytes, in a table at most
 * three-quarters full, so 16 MiB for a million ids), never as text, and the table stops growing at
 * {@link #MAX_IDS} ids; later new ids are then not checked, and {@link #warning()} says so. Two different ids share
 * a fingerprint with a probability of about n²/2⁶⁵ (3 in 100 million for a million ids), so a reported repeat is a
 * real one but for that chance. Used on the batch's single writing thread.
 */
final class RepeatedIds {

    /** The most distinct ids remembered: a table of 4,194,304 fingerprints (32 MiB) at most. */
    static final int MAX_IDS = 3 << 20;

    private final int maxIds;
    private long[] table = new long[1 << 12];
    private int size;
    private boolean full;
    private long repeats;
    private String firstRepeat;

    RepeatedIds() {
        this(MAX_IDS);
    }

    /** A set remembering at most {@code maxIds} distinct ids (tests use a small bound). */
    RepeatedIds(int maxIds) {
        this.maxIds = maxIds;
    }

    /**
     * Remembers an input's case id, counting it as a repeat when an earlier input had it.
     *
     * @param caseId the case id, or null when the input names no valid one (not counted)
     * @param line   the input's line in a JSONL input (used when {@code file} is null)
     * @param file   the input's file name in a directory input, or null
     */
    void see(String caseId, long line, String file) {
        if (caseId == null) {
            return;
        }
        long f = fingerprint(caseId);
        int mask = table.length - 1;
        int i = (int) f & mask;
        while (table[i] != 0) {
            if (table[i] == f) {
                if (repeats++ == 0) {
                    firstRepeat = (file != null ? file : "line " + line) + " repeats the case id '" + caseId + "'";
                }
                return;
            }
            i = (i + 1) & mask;
        }
        if (size >= maxIds) {
            full = true;
            return;
        }
        table[i] = f;
        if (++size < maxIds && size * 4L >= table.length * 3L) { // at the bound the table stays three-quarters full
            grow();
        }
    }

    /** The table's slots (8 bytes each). */
    int capacity() {
        return table.length;
    }

    /** How many inputs repeated an earlier input's case id. */
    long repeats() {
        return repeats;
    }

    /** The warning for standard error, or null when no input repeated an id and every id was checked. */
    String warning() {
        StringBuilder b = new StringBuilder();
        if (repeats > 0) {
            b.append(String.format(Locale.ROOT, "%,d", repeats)).append(repeats == 1 ? " input repeats" : " inputs repeat")
                    .append(" the case id of an earlier input (first: ").append(firstRepeat).append("); reports and ")
                    .append("summary rows with the same caseId can be told apart only by their order, so give each case its own id");
        }
        if (full) {
            b.append(b.isEmpty() ? "" : "; ").append("case ids were checked for repeats among the first ")
                    .append(String.format(Locale.ROOT, "%,d", maxIds)).append(" distinct ids only");
        }
        return b.isEmpty() ? null : b.toString();
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        int mask = table.length - 1;
        for (long f : old) {
            if (f != 0) {
                int i = (int) f & mask;
                while (table[i] != 0) {
                    i = (i + 1) & mask;
                }
                table[i] = f;
            }
        }
    }

    /** A 64-bit fingerprint of an id (FNV-1a, then a finalising mix so the low bits index the table well); never 0. */
    static long fingerprint(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
