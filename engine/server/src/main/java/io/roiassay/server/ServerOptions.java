package io.roiassay.server;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How {@code assay serve} runs: where it listens, which rule overlay and plugins the one engine loads, and
 * the limits that keep a hostile or slow client from taking the server down.
 *
 * @param bind           the address to listen on ({@code 127.0.0.1} unless told otherwise)
 * @param port           the port; 0 picks a free one (tests)
 * @param rules          the rule overlay directory, or null (only ever from the command line, never uploaded)
 * @param plugins        the plugins directory (ignored when missing)
 * @param pluginTimeout  the time limit per case for a plugin from the plugins directory
 * @param maxBodyBytes   the largest request body accepted
 * @param requestTimeout the longest one assessment may take before the request gets 503
 * @param workers        the assessments that run at once (the rest wait in a bounded queue)
 */
public record ServerOptions(String bind, int port, Path rules, Path plugins, Duration pluginTimeout,
                            int maxBodyBytes, Duration requestTimeout, int workers) {

    /** The defaults of {@code assay serve}: loopback, port 8080, 1 MiB bodies, 30 s per request, one worker per core. */
    public static ServerOptions defaults() {
        return new ServerOptions("127.0.0.1", 8080, null, Path.of("plugins"), Duration.ofSeconds(2),
                1024 * 1024, Duration.ofSeconds(30), Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    /** The same options on another port. */
    public ServerOptions withPort(int newPort) {
        return new ServerOptions(bind, newPort, rules, plugins, pluginTimeout, maxBodyBytes, requestTimeout, workers);
    }

    /** The same options with other limits. */
    public ServerOptions withLimits(int newMaxBodyBytes, Duration newRequestTimeout, int newWorkers) {
        return new ServerOptions(bind, port, rules, plugins, pluginTimeout, newMaxBodyBytes, newRequestTimeout, newWorkers);
    }
}
