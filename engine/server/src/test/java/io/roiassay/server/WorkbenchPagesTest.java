package io.roiassay.server;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The workbench's files are served from memory: every file in the folder, with its type, and nothing else. */
class WorkbenchPagesTest {

    @Test
    void everyFileOfTheWorkbenchFolder_isListed() throws Exception {
        Path dir = Path.of(WorkbenchPages.class.getClassLoader().getResource("roi-assay/workbench/index.html").toURI()).getParent();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList())
                    .containsExactlyInAnyOrderElementsOf(WorkbenchPages.FILES);
        }
    }

    @Test
    void pageAndAssets_servedWithTheirTypes_unknownFile404() throws Exception {
        HttpResponse<String> page = TestServer.get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html").containsIgnoringCase("charset=utf-8"));
        assertThat(page.body()).contains("<html");
        assertThat(TestServer.get("/workbench.js").headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/javascript").containsIgnoringCase("charset=utf-8"));
        assertThat(TestServer.get("/workbench.css").headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css").containsIgnoringCase("charset=utf-8"));
        assertThat(TestServer.get("/index.html").statusCode()).isEqualTo(200);
        // the page names its icon, so a browser does not ask for /favicon.ico (a 404 in every console)
        assertThat(page.body()).contains("<link rel=\"icon\" href=\"favicon.svg\"");
        HttpResponse<String> icon = TestServer.get("/favicon.svg");
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
        assertThat(icon.body()).startsWith("<svg");
        HttpResponse<String> missing = TestServer.get("/secret.properties");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
    }
}
