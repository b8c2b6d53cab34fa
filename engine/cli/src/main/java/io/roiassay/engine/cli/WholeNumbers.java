package io.roiassay.engine.cli;

import picocli.CommandLine;

import java.math.BigInteger;

/**
 * Reads the command line's whole-number options ({@code --draws}, {@code --seed}, {@code --jobs}, {@code --port}, …)
 * with messages a user can act on: "'1.5' is not a whole number", "'99999999999999999999' is out of range: a whole
 * number from … to …", instead of picocli's "'1.5' is not a long". Accepts what {@link Long#valueOf} accepts in
 * ASCII: an optional sign and digits.
 */
final class WholeNumbers {

    private WholeNumbers() {
    }

    /** Registers the converters on the command and on every subcommand added so far. */
    static void register(CommandLine cl) {
        CommandLine.ITypeConverter<Long> longs = s -> parse(s, Long.MIN_VALUE, Long.MAX_VALUE);
        CommandLine.ITypeConverter<Integer> ints = s -> (int) parse(s, Integer.MIN_VALUE, Integer.MAX_VALUE);
        cl.registerConverter(Long.class, longs);
        cl.registerConverter(long.class, longs);
        cl.registerConverter(Integer.class, ints);
        cl.registerConverter(int.class, ints);
    }

    static long parse(String text, long min, long max) {
        if (text == null || !text.matches("[+-]?[0-9]+")) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a whole number");
        }
        BigInteger v = new BigInteger(text);
        if (v.compareTo(BigInteger.valueOf(min)) < 0 || v.compareTo(BigInteger.valueOf(max)) > 0) {
            throw new CommandLine.TypeConversionException("'" + text + "' is out of range: expected a whole number from "
                    + min + " to " + max);
        }
        return v.longValue();
    }
}
