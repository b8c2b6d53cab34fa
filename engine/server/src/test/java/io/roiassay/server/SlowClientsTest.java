package io.roiassay.server;

import io.roiassay.engine.RoiAssay;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients that send a body a byte at a time (a "slowloris") cannot take the server down: a review found 70 of them
 * held every request thread until the connection's idle timeout, so even {@code /health} went unanswered. Bodies
 * are read on at most {@code httpThreads − RESERVED_THREADS} threads at once (the rest get 503 at once), and a body
 * that pauses longer than the body read timeout gets 408.
 */
class SlowClientsTest {

    private static AssayServer server;

    @BeforeAll
    static void start() throws Exception {
        ServerOptions o = ServerOptions.defaults().withPort(0).withLimits(TestServer.MAX_BODY, Duration.ofSeconds(60), 2)
                .withBodyReadTimeout(Duration.ofSeconds(2));
        server = AssayServer.start(RoiAssay.builder().build(), o,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void moreSlowBodiesThanThreads_healthStillAnswers_theSlowGet503Or408() throws Exception {
        int permits = AssayServer.httpThreads(2) - AssayServer.RESERVED_THREADS;
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < permits + 6; i++) {
                Socket s = new Socket("127.0.0.1", server.port());
                s.getOutputStream().write(("POST /api/v1/assessments HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/yaml\r\nContent-Length: 100000\r\n\r\nf").getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                s.setSoTimeout(10_000);
                slow.add(s);
            }
            long started = System.nanoTime();
            HttpResponse<String> health = TestServer.CLIENT.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/api/v1/health")).timeout(Duration.ofSeconds(5))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            // answered while every body is still waiting (the read timeout is 2 s)
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1_900));

            Map<String, Integer> answers = new TreeMap<>();
            for (Socket s : slow) {
                answers.merge(statusLine(s.getInputStream()), 1, Integer::sum);
            }
            assertThat(answers).containsOnly(Map.entry("HTTP/1.1 408 Request Timeout", permits),
                    Map.entry("HTTP/1.1 503 Service Unavailable", 6));
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
    }

    private static String statusLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\r'; c = in.read()) {
            line.append((char) c);
        }
        return line.toString();
    }
}
