package io.roiassay.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.roiassay.engine.RoiAssay;
import io.roiassay.engine.report.PdfUnavailableException;
import io.roiassay.engine.report.ReportRenderException;
import io.roiassay.engine.rules.RuleExecutionException;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The HTTP server: one engine, the {@code /api/v1} routes, the workbench page, safe defaults (loopback,
 * body and time limits, bounded pools, security headers) and an access log on standard error.
 */
public final class AssayServer implements AutoCloseable {

    /** Every route, as the OpenAPI document lists it (the test keeps the two equal). */
    public static final List<String> API_ROUTES = List.of(
            "POST /api/v1/assessments", "POST /api/v1/cases/normalize", "POST /api/v1/verifications",
            "GET /api/v1/plugins", "GET /api/v1/profile",
            "GET /api/v1/health", "GET /api/v1/openapi.json", "GET /api/v1/schemas/case-1.json",
            "GET /api/v1/schemas/report-1.json");

    /** The page policy; {@code %s} is the hash of the report's style block, shown in a blob: frame that inherits it. */
    static final String PAGE_CSP = "default-src 'none'; script-src 'self'; style-src 'self' %s; img-src 'self' data:; "
            + "connect-src 'self'; frame-src blob:; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

    private final Javalin app;
    private final Workers workers;

    private AssayServer(Javalin app, Workers workers) {
        this.app = app;
        this.workers = workers;
    }

    /** Jetty's own threads (acceptor, selectors) on top of those that handle requests. */
    private static final int SERVICE_THREADS = 8;

    /**
     * Request threads never given to reading a body: slow clients can hold the others for at most the body read
     * timeout each, and these still answer health checks, the plugin list and the workbench.
     */
    static final int RESERVED_THREADS = 8;

    /**
     * The threads that handle requests, and the length of the workers' queue: at least 64, 16 per worker. Every
     * connection of a load up to that size has a thread waiting its turn in the workers' FIFO queue, so
     * latency is even across connections (with 16 threads, half of 32 connections waited for a thread in no
     * order: p99 387 ms against 115 ms at the same rate) and no request of such a load is refused.
     */
    static int httpThreads(int workers) {
        return Math.max(64, workers * 16);
    }

    /**
     * Starts listening with a loaded engine (its rule overlay, plugins and limits are the engine options of
     * {@code assay serve}); returns once the server accepts connections.
     */
    public static AssayServer start(RoiAssay assay, ServerOptions o, PrintStream log) throws IOException {
        byte[] plugins = PluginList.json(assay.engine().plugins());
        Workers workers = new Workers(o.workers(), httpThreads(o.workers()), o.requestTimeout());
        Api api = new Api(assay, workers, o, plugins,
                new RequestBodies(o.maxBodyBytes(), httpThreads(o.workers()) - RESERVED_THREADS));
        ProfileQuery profile = new ProfileQuery(assay, workers);
        byte[] openapi = OpenApiDocument.withFormats(resource("roi-assay/server/openapi.json"), assay.formats().names());
        // the case's JSON Schema (the one the engine validates with), which the OpenAPI document's Case refers to
        byte[] caseSchema = resource("roi-assay/schema/case-1.schema.json");
        // and the report's, which its Report refers to
        byte[] reportSchema = resource("roi-assay/schema/report-1.schema.json");
        String pageCsp = PAGE_CSP.formatted(ReportStyleHash.of());
        WorkbenchPages pages = new WorkbenchPages();
        warmUp(assay, resource("roi-assay/server/warmup.yaml"), log);
        boolean loopbackOnly = java.net.InetAddress.getByName(o.bind()).isLoopbackAddress();
        Javalin app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.jetty.host = o.bind();
            cfg.jetty.port = o.port();
            QueuedThreadPool threads = new QueuedThreadPool(httpThreads(o.workers()) + SERVICE_THREADS, 4);
            threads.setName("assay-http");
            cfg.jetty.threadPool = threads;
            cfg.http.maxRequestSize = o.maxBodyBytes();
            // a blocking read of a body that pauses this long fails (408): a byte every few seconds no longer holds
            // a thread until the connection's idle timeout, and never does for longer than this
            cfg.jetty.modifyHttpConfiguration(h -> h.setIdleTimeout(o.bodyReadTimeout().toMillis()));
            cfg.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler(log)));
            cfg.http.prefer405over404 = true; // a wrong method on a route is 405, as docs/server.md says, not 404
            cfg.http.generateEtags = false;
            cfg.requestLogger.http((ctx, ms) -> log.printf("%s %s %s %s %d %.1fms%n", Instant.now(), ctx.ip(),
                    ctx.method(), ctx.path(), ctx.statusCode(), ms));
            cfg.routes.before(ctx -> securityHeaders(ctx, pageCsp));
            if (loopbackOnly) {
                cfg.routes.before(AssayServer::loopbackHost);
            }
            // a parameter a route does not take is a 400 on every API route, as docs/server.md says: a typo
            // (?employe=320) must not silently change or pass an answer (the assessment and profile routes check theirs)
            for (String path : List.of("/api/v1/cases/normalize", "/api/v1/verifications", "/api/v1/plugins",
                    "/api/v1/health", "/api/v1/openapi.json", "/api/v1/schemas/case-1.json",
                    "/api/v1/schemas/report-1.json")) {
                cfg.routes.before(path, ctx -> AssessOptions.only(ctx.queryParamMap(), List.of()));
            }
            cfg.routes.get("/", pages::page);
            cfg.routes.get("/{file}", pages::asset);
            cfg.routes.post("/api/v1/assessments", api::assess);
            cfg.routes.post("/api/v1/cases/normalize", api::normalize);
            cfg.routes.post("/api/v1/verifications", api::verify);
            cfg.routes.get("/api/v1/plugins", api::plugins);
            cfg.routes.get("/api/v1/profile", profile::handle);
            cfg.routes.get("/api/v1/health", api::health);
            cfg.routes.get("/api/v1/openapi.json", ctx -> Api.json(ctx, openapi));
            cfg.routes.get("/api/v1/schemas/case-1.json", ctx -> Api.json(ctx, caseSchema));
            cfg.routes.get("/api/v1/schemas/report-1.json", ctx -> Api.json(ctx, reportSchema));
            // HEAD answers with GET's status and headers (type, length), without the body (RFC 9110 §9.3.2);
            // Javalin's own HEAD said 200 text/plain with no length for every GET route
            cfg.routes.head("/", pages::page);
            cfg.routes.head("/{file}", pages::asset);
            cfg.routes.head("/api/v1/plugins", api::plugins);
            cfg.routes.head("/api/v1/health", api::health);
            cfg.routes.head("/api/v1/openapi.json", ctx -> Api.json(ctx, openapi));
            cfg.routes.head("/api/v1/schemas/case-1.json", ctx -> Api.json(ctx, caseSchema));
            cfg.routes.head("/api/v1/schemas/report-1.json", ctx -> Api.json(ctx, reportSchema));
            cfg.routes.exception(Problem.class, (e, ctx) -> problem(ctx, e));
            // Javalin's own answers (a path no route has): the same type and a fixed title, the path in the detail
            cfg.routes.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, e.getStatus() == 404
                    ? new Problem(404, "not-found", "Not found", "no resource at " + ctx.path())
                    : new Problem(e.getStatus(), "http-" + e.getStatus(), reason(e.getStatus()), e.getMessage())));
            cfg.routes.exception(RuleExecutionException.class, (e, ctx) -> {
                // What `assess` exits 3 for: a rule passed --max-rule-firings or --rule-time-limit, or broke.
                log.println(Instant.now() + " the rule pack failed on " + ctx.method() + " " + ctx.path() + ": "
                        + String.valueOf(e.getMessage()).replaceAll("\\p{Cntrl}", "?"));
                problem(ctx, new Problem(500, "rule-pack-failed", "The rule pack failed on this case", e.getMessage()));
            });
            cfg.routes.exception(PdfUnavailableException.class, (e, ctx) ->
                    problem(ctx, new Problem(501, "pdf-unavailable", "PDF not available", e.getMessage())));
            cfg.routes.exception(ReportRenderException.class, (e, ctx) ->
                    problem(ctx, new Problem(501, "format-unavailable", "Format not available", e.getMessage())));
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                log.println(Instant.now() + " unexpected error on " + ctx.method() + " " + ctx.path() + ": " + e);
                problem(ctx, new Problem(500, "internal", "Internal error",
                        "the server could not complete the request; the error is in its log"));
            });
            cfg.routes.error(404, ctx -> {
                if (!ctx.path().startsWith("/api/") || ctx.result() == null) {
                    problem(ctx, new Problem(404, "not-found", "Not found", "no resource at " + ctx.path()));
                }
            });
            cfg.routes.error(405, ctx -> {
                String allow = allowedMethods(ctx.path());
                if (!allow.isEmpty()) {
                    ctx.header("Allow", allow); // RFC 9110 §15.5.6: a 405 says what is allowed
                }
                problem(ctx, new Problem(405, "method-not-allowed", "Method not allowed",
                        ctx.method() + " is not allowed on " + ctx.path() + (allow.isEmpty() ? "" : "; allowed: " + allow)));
            });
        });
        app.start();
        return new AssayServer(app, workers);
    }

    /** The port the server listens on (useful with port 0). */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        workers.close();
    }

    /**
     * On a server bound to loopback, a request must name a loopback host: a web page the user visits could
     * otherwise point a name it controls at 127.0.0.1 (DNS rebinding) and drive the local server as its own origin.
     */
    static void loopbackHost(Context ctx) {
        String host = ctx.header("Host");
        if (host == null || isLoopbackName(host)) {
            return;
        }
        throw new Problem(421, "misdirected-request", "Misdirected request",
                "this server listens on loopback and answers only requests for localhost, 127.0.0.1 or [::1]");
    }

    static boolean isLoopbackName(String hostHeader) {
        String h = hostHeader.trim().toLowerCase(java.util.Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end > 0 && h.substring(1, end).equals("::1");
        }
        int colon = h.indexOf(':');
        String name = colon < 0 ? h : h.substring(0, colon);
        return name.equals("localhost") || name.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    private static String reason(int status) {
        String r = org.eclipse.jetty.http.HttpStatus.getMessage(status);
        return r == null ? "HTTP " + status : r;
    }

    /** The methods of the routes at {@code path}, as an Allow header lists them ({@code GET, HEAD}); empty if none. */
    static String allowedMethods(String path) {
        java.util.Set<String> methods = new java.util.LinkedHashSet<>();
        for (String route : API_ROUTES) {
            String[] r = route.split(" ", 2);
            if (r[1].equals(path)) {
                methods.add(r[0]);
            }
        }
        if (!path.startsWith("/api/") && path.indexOf('/', 1) < 0) {
            methods.add("GET"); // the page and its files: "/" and "/{file}"
        }
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        return String.join(", ", methods);
    }

    /** The headers every answer carries (the content security policy apart), Jetty's own refusals too. */
    static final Map<String, String> SECURITY_HEADERS = Map.of("X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer", "X-Frame-Options", "DENY", "Cross-Origin-Opener-Policy", "same-origin",
            "Cache-Control", "no-store");
    /** The content security policy of every API answer. */
    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

    private static void securityHeaders(Context ctx, String pageCsp) {
        SECURITY_HEADERS.forEach(ctx::header);
        ctx.header("Content-Security-Policy", ctx.path().startsWith("/api/") ? API_CSP : pageCsp);
    }

    private static void problem(Context ctx, Problem p) {
        ctx.status(p.status());
        ctx.contentType(Problem.MEDIA_TYPE);
        if (p.status() == 503) {
            ctx.header("Retry-After", "1");
        }
        ctx.result(p.body(ctx.path()));
    }

    /**
     * Assesses and renders a small built-in case on a background thread, so the first real request does not
     * pay for loading and first use of the report code; the server does not wait for it to listen.
     */
    private static void warmUp(RoiAssay assay, byte[] warmupCase, PrintStream log) {
        Thread t = new Thread(() -> {
            try {
                var report = assay.engine().assess(assay.reader().read(
                        new String(warmupCase, java.nio.charset.StandardCharsets.UTF_8), "warmup.yaml", false));
                io.roiassay.engine.report.HtmlReportWriter.render(report);
                io.roiassay.engine.report.JsonReportWriter.pretty(report);
            } catch (RuleExecutionException e) {
                // the rule pack or a limit (--max-rule-firings) at fault: it will likely fail requests the same way
                log.println("assay serve: the built-in warm-up case failed: " + e.getMessage()
                        + "; requests are still served, but assessments may fail the same way");
            } catch (Exception | LinkageError e) {
                log.println("assay serve: the built-in warm-up case failed (" + e + "); requests are still served");
            }
        }, "assay-warm-up");
        t.setDaemon(true);
        t.start();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = AssayServer.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return in.readAllBytes();
        }
    }
}
