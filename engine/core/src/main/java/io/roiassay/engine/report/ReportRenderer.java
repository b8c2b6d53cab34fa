package io.roiassay.engine.report;

/**
 * A report format: the name {@code assay assess --format} and the server's {@code format=} take, its media type
 * and the rendering. The engine has {@code json}, {@code md}, {@code html} and {@code pdf} ({@link BuiltInFormat});
 * an embedder adds one with {@code RoiAssay.builder().reportFormat(…)} or a Guice module that adds to the
 * {@code Multibinder<ReportRenderer>} (docs/embedding.md). Implementations are shared by every thread.
 */
public interface ReportRenderer {

    /** The format's name: lower-case letters, digits and '-' ({@code csv}, {@code board-pack}); unique in an engine. */
    String name();

    /** The media type of the rendering ({@code text/csv}); text types are UTF-8. */
    String mediaType();

    /** The report in this format, as the bytes {@code assay assess} writes. */
    byte[] render(Report report) throws ReportRenderException;

    /**
     * Gets ready to render, before the first report (a cold {@code assess} calls it while the engine loads on the
     * other core); does nothing by default.
     */
    default void prepare() {
    }
}
