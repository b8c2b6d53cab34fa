package io.roiassay.server;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.time.Instant;

/**
 * The answers Jetty gives itself, before a request reaches the routes — a request line or header too long (414,
 * 431), a malformed or ambiguous request (400) — as RFC 9457 problem details with the API's security headers and
 * an access-log line, like every other answer; Jetty's own are HTML pages in ISO-8859-1 without either.
 */
final class ProblemErrorHandler extends ErrorHandler {

    private final PrintStream log;

    ProblemErrorHandler(PrintStream log) {
        this.log = log;
    }

    /** A request the HTTP parser refused: there is no request, only the status and Jetty's reason. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
        headers(fields);
        log.printf("%s - - - %d (refused by the HTTP parser: %s)%n", Instant.now(), status, clean(reason));
        return ByteBuffer.wrap(problem(status, reason).body(null));
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
        headers(response.getHeaders());
        // a message Jetty could not make a request of arrives as its stand-in "BAD /badMessage"
        boolean standIn = "BAD".equals(request.getMethod());
        String path = standIn || request.getHttpURI() == null ? null : request.getHttpURI().getPath();
        log.printf("%s %s %s %s %d (refused before routing)%n", Instant.now(), Request.getRemoteAddr(request),
                standIn ? "-" : clean(request.getMethod()), path == null ? "-" : clean(path), code);
        response.write(true, ByteBuffer.wrap(problem(code, message).body(clean(path))), callback);
    }

    private static void headers(HttpFields.Mutable fields) {
        AssayServer.SECURITY_HEADERS.forEach(fields::put);
        fields.put("Content-Security-Policy", AssayServer.API_CSP);
    }

    private static Problem problem(int status, String reason) {
        String title = HttpStatus.getMessage(status);
        return new Problem(status, "http-" + status, title == null ? "HTTP " + status : title,
                reason == null || reason.isBlank() ? title : clean(reason));
    }

    /** What a client sent, with control characters shown as '?', cut at 200 characters (log and answer). */
    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replaceAll("\\p{Cntrl}", "?");
        return t.length() > 200 ? t.substring(0, 200) + "…" : t;
    }
}
