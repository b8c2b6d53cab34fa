package io.roiassay.server;

import io.roiassay.engine.cli.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code assay serve}: the HTTP API and the workbench page around one engine, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the HTTP API (/api/v1) and the workbench page (/) until Ctrl-C.",
                "Binds to 127.0.0.1 unless --bind says otherwise; rule overlays come only from --rules."})
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String bind;

    @Option(names = "--rules", paramLabel = "DIR", description = "Rule overlay directory, loaded once at start.")
    Path rules;

    @Option(names = "--plugins", paramLabel = "DIR", defaultValue = "plugins",
            description = "Directory of third-party plugin jars (default: ${DEFAULT-VALUE}; ignored when missing).")
    Path plugins;

    @Option(names = "--plugin-timeout", paramLabel = "MS", defaultValue = "2000",
            description = "Time limit per case for a plugin from the plugins directory, in ms (default: ${DEFAULT-VALUE}).")
    long pluginTimeoutMs;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "1048576",
            description = "Largest request body accepted (default: ${DEFAULT-VALUE}).")
    int maxBody;

    @Option(names = "--request-timeout", paramLabel = "MS", defaultValue = "30000",
            description = "Longest one assessment may take before the request gets 503 (default: ${DEFAULT-VALUE}).")
    long requestTimeoutMs;

    @Option(names = "--workers", paramLabel = "N", description = "Assessments run at once (default: the number of cores, at least 2).")
    Integer workers;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535 || maxBody < 1 || requestTimeoutMs < 1 || (workers != null && workers < 1)) {
            throw new io.roiassay.engine.cli.UsageException("--port must be 0..65535; --max-body, --request-timeout and --workers at least 1");
        }
        long started = System.nanoTime();
        ServerOptions o = new ServerOptions(bind, port, rules, plugins, Duration.ofMillis(pluginTimeoutMs), maxBody,
                Duration.ofMillis(requestTimeoutMs), workers != null ? workers : ServerOptions.defaults().workers());
        AssayServer server = AssayServer.start(o, System.err);
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
}
