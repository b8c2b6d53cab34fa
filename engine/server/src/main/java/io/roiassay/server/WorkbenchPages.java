package io.roiassay.server;

import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The workbench page and its assets, read from the jar once at start and answered from memory. Jetty's
 * class-path resource handler opened the whole 60 MB application jar as a file system to serve six files,
 * about 0.2 s of every start.
 */
final class WorkbenchPages {

    private static final String DIR = "roi-assay/workbench/";
    /** Every file the page uses; a test checks the folder holds no other. */
    static final List<String> FILES = List.of("index.html", "workbench.css", "workbench.js", "case-form.js", "i18n.js",
            "yaml.js", "favicon.svg");

    private final Map<String, byte[]> files = new TreeMap<>();

    WorkbenchPages() throws IOException {
        for (String f : FILES) {
            try (InputStream in = WorkbenchPages.class.getClassLoader().getResourceAsStream(DIR + f)) {
                if (in == null) {
                    throw new IOException("the workbench file " + f + " is missing from the jar");
                }
                files.put(f, in.readAllBytes());
            }
        }
    }

    /** {@code GET /} and {@code GET /index.html}. */
    void page(Context ctx) {
        answer(ctx, "index.html");
    }

    /** {@code GET /{file}}: one of the page's assets, else 404. */
    void asset(Context ctx) {
        answer(ctx, ctx.pathParam("file"));
    }

    private void answer(Context ctx, String name) {
        byte[] body = files.get(name);
        if (body == null) {
            throw new Problem(404, "not-found", "Not found", "no resource at " + ctx.path());
        }
        ctx.contentType(type(name));
        ctx.result(body);
    }

    private static String type(String name) {
        if (name.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (name.endsWith(".svg")) {
            return "image/svg+xml";
        }
        if (name.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        return "text/javascript; charset=utf-8";
    }
}
