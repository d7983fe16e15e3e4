package org.cadre.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import java.awt.Color;

import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;

/**
 * The font every PDF of Cadre prints with: Droid Sans Fallback, shipped in {@code fonts/} (Apache 2.0), which covers
 * Chinese, so that a result sheet or a form prints the same on any server, with no fonts installed. Embedded as a
 * subset: a one-page sheet stays small.
 * <p>
 * The font has no Latin letters or digits (only the space): text that may mix both goes through {@link #phrase},
 * which sets Latin in Helvetica (one of the PDF standard fonts, which every viewer has) and the rest in this font.
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

    /**
     * Text in Helvetica where it has the glyphs (Latin letters, digits, punctuation) and in the shipped font
     * elsewhere (Chinese).
     *
     * @param style {@link Font#NORMAL}, {@link Font#BOLD}, {@link Font#ITALIC}…
     * @param color null for black
     */
    public static Phrase phrase(String text, float size, int style, Color color) {
        FontSelector selector = new FontSelector();
        selector.addFont(new Font(Font.HELVETICA, size, style, color));
        selector.addFont(new Font(base(), size, style, color));
        Phrase phrase = selector.process(text == null ? "" : text);
        phrase.setLeading(size * 1.3f);
        return phrase;
    }

    public static Phrase phrase(String text, float size) {
        return phrase(text, size, Font.NORMAL, null);
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
