package io.roiassay.server;

import java.time.Duration;

/**
 * How {@code assay serve} runs: where it listens and the limits that keep a hostile or slow client from
 * taking the server down. The engine it serves (rule overlay, plugins, plugin and rule limits) is loaded
 * from the options every engine command shares ({@code io.roiassay.engine.cli.EngineOptions}).
 *
 * @param bind           the address to listen on ({@code 127.0.0.1} unless told otherwise)
 * @param port           the port; 0 picks a free one (tests)
 * @param maxBodyBytes   the largest request body accepted
 * @param requestTimeout the longest one assessment may take before the request gets 503
 * @param workers        the assessments that run at once (the rest wait in a bounded queue)
 * @param maxDraws       the most Monte Carlo draws one request may ask for (more gets 400): a few requests of
 *                       10,000,000 draws would otherwise hold every worker for seconds each
 * @param bodyReadTimeout the longest a request body may pause between its bytes before the request gets 408:
 *                       a client that sends its body a byte at a time would otherwise hold a thread for good
 */
public record ServerOptions(String bind, int port, int maxBodyBytes, Duration requestTimeout, int workers, int maxDraws,
                            Duration bodyReadTimeout) {

    /** The draws one request may ask for unless {@code serve --max-draws} says otherwise: ten times the default. */
    public static final int DEFAULT_MAX_DRAWS = 100_000;

    /** How long a body may pause: a 1 MiB case arrives in well under a second on any network that can post it. */
    public static final Duration DEFAULT_BODY_READ_TIMEOUT = Duration.ofSeconds(10);

    /** The options with the default draws bound and body read timeout. */
    public ServerOptions(String bind, int port, int maxBodyBytes, Duration requestTimeout, int workers) {
        this(bind, port, maxBodyBytes, requestTimeout, workers, DEFAULT_MAX_DRAWS);
    }

    /** The options with the default body read timeout. */
    public ServerOptions(String bind, int port, int maxBodyBytes, Duration requestTimeout, int workers, int maxDraws) {
        this(bind, port, maxBodyBytes, requestTimeout, workers, maxDraws, DEFAULT_BODY_READ_TIMEOUT);
    }

    /** The defaults of {@code assay serve}: loopback, port 8080, 1 MiB bodies, 30 s per request, one worker per core. */
    public static ServerOptions defaults() {
        return new ServerOptions("127.0.0.1", 8080, 1024 * 1024, Duration.ofSeconds(30), defaultWorkers());
    }

    /** The default worker count: the number of cores, at least 2. */
    public static int defaultWorkers() {
        return Math.max(2, Runtime.getRuntime().availableProcessors());
    }

    /** The same options on another port. */
    public ServerOptions withPort(int newPort) {
        return new ServerOptions(bind, newPort, maxBodyBytes, requestTimeout, workers, maxDraws, bodyReadTimeout);
    }

    /** The same options with other limits. */
    public ServerOptions withLimits(int newMaxBodyBytes, Duration newRequestTimeout, int newWorkers) {
        return new ServerOptions(bind, port, newMaxBodyBytes, newRequestTimeout, newWorkers, maxDraws, bodyReadTimeout);
    }

    /** The same options with another body read timeout (tests). */
    public ServerOptions withBodyReadTimeout(Duration newBodyReadTimeout) {
        return new ServerOptions(bind, port, maxBodyBytes, requestTimeout, workers, maxDraws, newBodyReadTimeout);
    }
}
