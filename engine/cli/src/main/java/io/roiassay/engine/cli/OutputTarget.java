package io.roiassay.engine.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks an output file ({@code --out}, {@code --summary}) before any work is done: not a directory, its folder exists, not an input. */
final class OutputTarget {

    private OutputTarget() {
    }

    /** Refuses {@code out} (exit 2) when it cannot or must not be written; null passes (standard output). */
    static void check(Path out, Path... inputs) throws UsageException {
        check("--out", out, inputs);
    }

    /** The same for the file of another option ({@code --summary}), named as the user gave it. */
    static void check(String option, Path out, Path... inputs) throws UsageException {
        if (out == null) {
            return;
        }
        String shown = option + " " + Messages.clean(out.toString());
        if (out.toString().isEmpty()) {
            throw new UsageException(option + " is empty; give the name of a file to write");
        }
        if (Files.isDirectory(out)) {
            throw new UsageException(shown + " is a directory; give the name of a file to write");
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new UsageException(shown + ": the folder " + Messages.clean(parent.toString())
                    + " does not exist; create it first");
        }
        // a regular file is written beside itself and renamed into place (a device such as /dev/null is written in
        // place, AtomicFiles): the folder must take a new file
        boolean special = Files.exists(out) && !Files.isRegularFile(out);
        if (!special && parent != null && !Files.isWritable(parent)) {
            throw new UsageException(shown + ": the folder " + Messages.clean(parent.toString())
                    + " is not writable (permission denied)");
        }
        for (Path in : inputs) {
            if (in != null && sameFile(out, in)) {
                throw new UsageException(shown + " is the input " + Messages.clean(in.toString())
                        + "; writing there would destroy it; give another file");
            }
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // fall through to comparing the paths
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
