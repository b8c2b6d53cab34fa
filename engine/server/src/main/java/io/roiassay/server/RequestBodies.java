package io.roiassay.server;

import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads request bodies within the size limit and decides JSON or YAML from the content type. Reading a body blocks
 * a request thread, so at most {@code permits} bodies are read at once: the rest get 503 at once, and the threads
 * beyond the permits stay free for the cheap routes (health, plugins, the page) however many clients send slowly.
 * A body that pauses longer than the server's body read timeout gets 408 (Jetty's HttpConfiguration idle timeout).
 */
final class RequestBodies {

    private final int limit;
    private final java.util.concurrent.Semaphore reading;

    RequestBodies(int limit, int permits) {
        this.limit = limit;
        this.reading = new java.util.concurrent.Semaphore(permits);
    }

    /** {@link #text(Context, int)} within this server's size limit and the permits for reading bodies. */
    String text(Context ctx) {
        if (!reading.tryAcquire()) {
            throw new Problem(503, "busy", "Server busy", "too many request bodies are being received; try again shortly");
        }
        try {
            return text(ctx, limit);
        } finally {
            reading.release();
        }
    }

    /** Whether the body is JSON ({@code application/json}, {@code +json}) or YAML; anything else is a 415. */
    static boolean isJson(Context ctx) {
        String type = ctx.contentType();
        String t = type == null ? "" : type.toLowerCase(Locale.ROOT).split(";", 2)[0].trim();
        String charset = charset(type);
        if (charset != null && !charset.equals("utf-8") && !charset.equals("utf8") && !charset.equals("us-ascii")) {
            // the body is read as UTF-8: a Latin-1 or GBK body would be refused byte by byte, or worse, read wrongly
            throw new Problem(415, "unsupported-media-type", "Unsupported media type",
                    "send the case as UTF-8 text, not charset=" + charset);
        }
        if (t.equals("application/json") || t.endsWith("+json")) {
            return true;
        }
        if (t.equals("application/yaml") || t.equals("application/x-yaml") || t.equals("text/yaml")
                || t.equals("text/x-yaml")) {
            return false;
        }
        throw new Problem(415, "unsupported-media-type", "Unsupported media type",
                "send the case as application/json or application/yaml, not " + (t.isEmpty() ? "no content type" : t));
    }

    /** The {@code charset} parameter of a content type, lower-case and unquoted, or null when it has none. */
    static String charset(String type) {
        if (type == null) {
            return null;
        }
        for (String part : type.split(";")) {
            String p = part.trim().toLowerCase(Locale.ROOT);
            if (p.startsWith("charset=")) {
                return p.substring("charset=".length()).replace("\"", "").trim();
            }
        }
        return null;
    }

    /** The body as UTF-8 text, refusing more than {@code limit} bytes (413) and bytes that are not UTF-8 (400). */
    static String text(Context ctx, int limit) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            throw tooLarge(limit);
        }
        byte[] bytes;
        try (InputStream in = ctx.req().getInputStream()) {
            bytes = in.readNBytes(limit + 1);
        } catch (IOException e) {
            if (io.roiassay.engine.errors.Causes.find(e, java.util.concurrent.TimeoutException.class) != null) {
                throw new Problem(408, "body-timeout", "Body too slow",
                        "the request body paused longer than the server waits between its bytes");
            }
            throw new Problem(400, "unreadable-body", "Unreadable body", "the request body could not be read");
        }
        if (bytes.length > limit) {
            throw tooLarge(limit);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Problem(400, "not-utf8", "Body is not UTF-8", "the request body is not UTF-8 text");
        }
    }

    private static Problem tooLarge(int limit) {
        return new Problem(413, "body-too-large", "Body too large",
                "the request body is larger than the server's limit of " + limit + " bytes");
    }
}
