package io.roiassay.server;

import io.roiassay.engine.RoiAssay;
import io.roiassay.engine.cli.EngineOptions;
import io.roiassay.engine.cli.ExitCode;
import io.roiassay.engine.cli.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code assay serve}: the HTTP API and the workbench page around one engine, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the HTTP API (/api/v1) and the workbench page (/) until Ctrl-C.",
                "Binds to 127.0.0.1 unless --bind says otherwise. The engine (rule pack, plugins) loads once at start,"
                        + " with the options of assess; rule overlays come only from --rules, never from requests."})
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String bind;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "1048576",
            description = "Largest request body accepted (default: ${DEFAULT-VALUE}).")
    int maxBody;

    @Option(names = "--request-timeout", paramLabel = "MS", defaultValue = "30000",
            description = "Longest one assessment may take before the request gets 503 (default: ${DEFAULT-VALUE}).")
    long requestTimeoutMs;

    @Option(names = "--max-draws", paramLabel = "N", defaultValue = "" + ServerOptions.DEFAULT_MAX_DRAWS,
            description = "Most Monte Carlo draws one request may ask for; more gets 400 (default: ${DEFAULT-VALUE}).")
    int maxDraws;

    @Option(names = "--workers", paramLabel = "N", description = "Assessments run at once (default: the number of cores, at least 2).")
    Integer workers;

    @Mixin
    EngineOptions engine;

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        AssayServer server = start(System.err);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("assay serve: stopping");
            server.close();
            stopped.countDown();
        }, "assay-serve-stop"));
        String host = bind.contains(":") ? "[" + bind + "]" : bind;
        System.err.printf("assay serve: listening on http://%s:%d/ (API /api/v1, ready in %d ms; Ctrl-C stops)%n",
                host, server.port(), (System.nanoTime() - started) / 1_000_000);
        stopped.await();
        return ExitCode.OK;
    }

    /** Checks the options, loads the engine and starts the server (a bad value: {@link UsageException}, exit 2). */
    AssayServer start(PrintStream log) throws Exception {
        if (port < 0 || port > 65535) {
            throw new UsageException("--port must be 0..65535, not " + port);
        }
        if (maxBody < 1) {
            throw new UsageException("--max-body must be at least 1 (bytes), not " + maxBody);
        }
        if (requestTimeoutMs < 1) {
            throw new UsageException("--request-timeout must be at least 1 (ms), not " + requestTimeoutMs);
        }
        if (workers != null && workers < 1) {
            throw new UsageException("--workers must be at least 1, not " + workers);
        }
        checkBind(bind);
        if (maxDraws < 0 || maxDraws > io.roiassay.engine.assess.AssessOptions.MAX_DRAWS) {
            throw new UsageException("--max-draws must be 0.." + io.roiassay.engine.assess.AssessOptions.MAX_DRAWS + ", not " + maxDraws);
        }
        RoiAssay assay = engine.load();
        ServerOptions o = new ServerOptions(bind, port, maxBody, Duration.ofMillis(requestTimeoutMs),
                workers != null ? workers : ServerOptions.defaultWorkers(), maxDraws);
        try {
            return AssayServer.start(assay, o, log);
        } catch (io.javalin.util.JavalinBindException e) {
            Throwable cause = io.roiassay.engine.errors.Causes.root(e);
            throw new UsageException("cannot listen on " + bind + " port " + port + ": " + cause.getMessage()
                    + " (another program may use it; choose another with --port, or 0 for a free one)");
        }
    }

    /** A --bind that is not an address of this machine: said before the engine loads, with the value given. */
    static void checkBind(String bind) throws UsageException {
        java.net.InetAddress address;
        try {
            address = java.net.InetAddress.getByName(bind);
        } catch (java.net.UnknownHostException | SecurityException e) {
            throw new UsageException("--bind " + bind + " is not an address or a known host name");
        }
        try {
            if (!address.isAnyLocalAddress() && !address.isLoopbackAddress()
                    && java.net.NetworkInterface.getByInetAddress(address) == null) {
                throw new UsageException("--bind " + bind + " (" + address.getHostAddress()
                        + ") is not an address of this machine; 127.0.0.1 serves this machine only, 0.0.0.0 every interface");
            }
        } catch (java.net.SocketException e) {
            // the interfaces cannot be listed: let the server try to bind and say what failed
        }
    }
}
