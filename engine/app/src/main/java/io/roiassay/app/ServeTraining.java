package io.roiassay.app;

import io.roiassay.engine.cli.Cli;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The build's training run for {@code assay serve}'s class-data-sharing archive ({@code roi-assay-serve.jsa}):
 * runs {@code serve} through the real command line on a free loopback port, asks for the health check, the
 * workbench page and one assessment of the case given, and exits. Run under {@code -XX:ArchiveClassesAtExit}, it
 * leaves an archive with the server's classes (Jetty, Javalin, the API) beside the engine's, which the single
 * commands' archive lacks: about 1,850 classes a {@code serve} start would otherwise load from the jar.
 *
 * <p>Not a command: {@code java -cp roi-assay.jar io.roiassay.app.ServeTraining CASE [SERVE-OPTION …]}. Exits 0 when every answer was
 * 200, 1 otherwise (the build then fails, rather than ship an archive that missed the server).
 */
public final class ServeTraining {

    private ServeTraining() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: ServeTraining CASE.yaml [SERVE-OPTION ...]");
            System.exit(2);
        }
        Cli.processDefaults(); // as a real start does
        // Every way out ends in System.exit: the server's threads are not daemons and would keep the build waiting.
        boolean ok = false;
        try {
            ok = train(args);
        } catch (Exception | Error e) {
            System.err.println("the serve training run failed: " + e);
        } finally {
            System.err.println(ok ? "trained the serve archive" : "the serve training run did not get every answer");
            System.exit(ok ? 0 : 1);
        }
    }

    private static boolean train(String[] args) throws Exception {
        Path theCase = Path.of(args[0]);
        int port = freePort();
        List<String> serve = new ArrayList<>(List.of("serve", "--port", Integer.toString(port)));
        serve.addAll(Arrays.asList(args).subList(1, args.length));
        CommandTraining.pluginsDir(serve);
        Thread server = new Thread(() -> {
            int code = Cli.run(serve.toArray(String[]::new));
            System.err.println("the training server stopped with exit code " + code);
        }, "training-serve");
        server.setDaemon(true);
        server.start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String base = "http://127.0.0.1:" + port;
        return waitForHealth(http, base + "/api/v1/health", server)
                && status(http, request(base + "/").GET().build()) == 200
                && status(http, request(base + "/api/v1/assessments?draws=0")
                        .header("Content-Type", "application/yaml")
                        .POST(HttpRequest.BodyPublishers.ofFile(theCase)).build()) == 200;
    }

    private static HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Polls the health check for up to 60 s (the server loads the engine first); false once the server has stopped. */
    private static boolean waitForHealth(HttpClient http, String url, Thread server) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline && server.isAlive()) {
            try {
                if (status(http, request(url).GET().build()) == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        return false;
    }

    private static int status(HttpClient http, HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
