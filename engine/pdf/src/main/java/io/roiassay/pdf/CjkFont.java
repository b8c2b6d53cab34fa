package io.roiassay.pdf;

import io.roiassay.engine.report.PdfUnavailableException;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.util.List;

/**
 * Finds the font that renders Chinese in PDFs: {@code ASSAY_CJK_FONT} (a .ttf or .ttc file) when set, else a
 * WenQuanYi Micro Hei / Droid Sans Fallback / AR PL UMing font from the usual Linux locations (Debian
 * {@code fonts-wqy-microhei}). The font needs TrueType outlines: PDFBox cannot subset CFF-flavoured OpenType
 * fonts such as Noto Sans CJK, so those are refused with a message rather than embedded whole (16 MB).
 * Not bundled: a CJK font is 5–20 MB and every Linux distribution packages one.
 */
final class CjkFont {

    /** The environment variable that names a font file explicitly. */
    static final String ENV = "ASSAY_CJK_FONT";
    /** The system property that does the same (and wins), for embedders and tests. */
    static final String PROPERTY = "roi-assay.cjk-font";

    private static final List<String> CANDIDATES = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/arphic/uming.ttc");

    /** Within a collection, the simplified-Chinese face comes first; any face with CJK glyphs will do. */
    private static final List<String> PREFERRED_FACES = List.of("WenQuanYiMicroHei", "WenQuanYiZenHei");

    private CjkFont() {
    }

    /** The font file to use. */
    static File locate() throws PdfUnavailableException {
        String property = System.getProperty(PROPERTY);
        String explicit = property != null ? property : System.getenv(ENV);
        if (explicit != null && !explicit.isBlank()) {
            File f = new File(explicit);
            if (!f.isFile()) {
                throw new PdfUnavailableException((property != null ? PROPERTY : ENV) + "=" + explicit
                        + ": no such font file; install a CJK font (Debian/Ubuntu: apt-get install fonts-wqy-microhei)");
            }
            return f;
        }
        for (String c : CANDIDATES) {
            File f = new File(c);
            if (f.isFile()) {
                return f;
            }
        }
        throw new PdfUnavailableException("no Chinese (CJK) TrueType font found for the PDF; install one (Debian/Ubuntu: "
                + "apt-get install fonts-wqy-microhei) or set " + ENV + " to a .ttf or .ttc file with TrueType outlines");
    }

    /** An opened font: the face to embed and what must be closed after the document is saved. */
    record Opened(TrueTypeFont face, Closeable owner) {
    }

    private static TrueTypeFont trueTypeOutlines(File file, TrueTypeFont face, Closeable owner)
            throws PdfUnavailableException, IOException {
        if (face instanceof OpenTypeFont otf && otf.isPostScript()) {
            owner.close();
            throw new PdfUnavailableException(file + " has CFF (PostScript) outlines, which the PDF writer cannot embed;"
                    + " use a font with TrueType outlines (Debian/Ubuntu: apt-get install fonts-wqy-microhei)");
        }
        if (!coversChinese(face)) {
            owner.close();
            throw new PdfUnavailableException(file + " has no Chinese characters (a Chinese report would print empty"
                    + " boxes); use a CJK font (Debian/Ubuntu: apt-get install fonts-wqy-microhei)");
        }
        return face;
    }

    /** Characters every Chinese report prints: 投资回报评估 (the title) and the grades' 回报显著/未经证实. */
    private static final String CHINESE_SAMPLE = "投资回报评估显著未经证实";

    private static boolean coversChinese(TrueTypeFont face) throws IOException {
        var cmap = face.getUnicodeCmapLookup(false);
        if (cmap == null) {
            return false;
        }
        for (int i = 0; i < CHINESE_SAMPLE.length(); i++) {
            if (cmap.getGlyphId(CHINESE_SAMPLE.charAt(i)) == 0) {
                return false;
            }
        }
        return true;
    }

    /** Opens the face to embed from a font file or collection. */
    static Opened open(File file) throws PdfUnavailableException {
        String name = file.getName().toLowerCase(java.util.Locale.ROOT);
        try {
            if (name.endsWith(".ttc") || name.endsWith(".otc")) {
                TrueTypeCollection collection = new TrueTypeCollection(file);
                TrueTypeFont face = null;
                for (String preferred : PREFERRED_FACES) {
                    face = collection.getFontByName(preferred);
                    if (face != null) {
                        break;
                    }
                }
                if (face == null) {
                    TrueTypeFont[] first = new TrueTypeFont[1];
                    collection.processAllFonts(f -> {
                        if (first[0] == null) {
                            first[0] = f;
                        }
                    });
                    face = first[0];
                }
                if (face == null) {
                    collection.close();
                    throw new PdfUnavailableException(file + ": the font collection holds no font");
                }
                return new Opened(trueTypeOutlines(file, face, collection), collection);
            }
            TrueTypeFont face = new TTFParser().parse(new RandomAccessReadBufferedFile(file));
            return new Opened(trueTypeOutlines(file, face, face), face);
        } catch (IOException e) {
            throw new PdfUnavailableException(file + ": cannot read the font (" + e.getMessage() + ")");
        }
    }
}
