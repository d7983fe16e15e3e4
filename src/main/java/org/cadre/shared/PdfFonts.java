package org.cadre.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;

/**
 * The font every PDF of Cadre prints with: Droid Sans Fallback, shipped in {@code fonts/} (Apache 2.0), which covers
 * Chinese and Latin, so that a result sheet or a form prints the same on any server, with no fonts installed.
 * Embedded as a subset: a one-page sheet stays small.
 */
public final class PdfFonts {

    private static final String FONT = "fonts/DroidSansFallbackFull.ttf";
    private static volatile BaseFont base;

    private PdfFonts() {
    }

    public static BaseFont base() {
        BaseFont font = base;
        if (font == null) {
            synchronized (PdfFonts.class) {
                if (base == null) {
                    base = load();
                }
                font = base;
            }
        }
        return font;
    }

    public static Font regular(float size) {
        return new Font(base(), size, Font.NORMAL);
    }

    /** Drawn bold by the PDF viewer: the font has no bold face of its own. */
    public static Font bold(float size) {
        return new Font(base(), size, Font.BOLD);
    }

    private static BaseFont load() {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("missing " + FONT);
            }
            return BaseFont.createFont("DroidSansFallbackFull.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
