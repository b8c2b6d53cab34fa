package io.roiassay.server;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/** One server on a free loopback port for all tests of a JVM, and an HTTP client to talk to it. */
final class TestServer {

    private static AssayServer server;
    private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** The body limit the tests run with (smaller than the default, so the oversized body stays small). */
    static final int MAX_BODY = 256 * 1024;

    private TestServer() {
    }

    static synchronized URI base() {
        if (server == null) {
            try {
                ServerOptions o = ServerOptions.defaults().withPort(0).withLimits(MAX_BODY, Duration.ofSeconds(60), 2);
                server = AssayServer.start(io.roiassay.engine.RoiAssay.builder().build(), o, new PrintStream(LOG, true, StandardCharsets.UTF_8));
            } catch (Exception e) {
                throw new IllegalStateException("cannot start the server: " + e, e);
            }
        }
        return URI.create("http://127.0.0.1:" + server.port());
    }

    static synchronized String accessLog() {
        return LOG.toString(StandardCharsets.UTF_8);
    }

    static Path examples() {
        return Path.of("../../examples");
    }

    static HttpResponse<byte[]> post(String path, String contentType, byte[] body) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(base().resolve(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            r.header("Content-Type", contentType);
        }
        return CLIENT.send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static HttpResponse<byte[]> post(String path, String contentType, String body) throws Exception {
        return post(path, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(base().resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
