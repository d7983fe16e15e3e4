package org.cadre.ballots.internal;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import org.cadre.shared.PdfFonts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Printable voting slips (投票凭条): eight to an A4 page, two columns by four rows, each framed by dashed cutting
 * lines, with the ballot, the voter's group and name, the one-time code in large letters and a QR code that opens
 * the voting page with the code. The QR code is drawn as vector squares, so it stays sharp on any printer.
 */
@Component
public class SlipSheet {

    static final int PER_PAGE = 8;
    private static final float MARGIN = 24;
    private static final float SLIP_HEIGHT = (PageSize.A4.getHeight() - 2 * MARGIN) / 4;
    private static final float QR_SIZE = 104;
    private static final Map<EncodeHintType, Object> QR_HINTS = Map.of(
            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
            EncodeHintType.CHARACTER_SET, "UTF-8",
            EncodeHintType.MARGIN, 1);

    private final MessageSource messages;

    public SlipSheet(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * @param voteUrlForCode the address a slip's QR code opens, for the code as printed (e.g. with the code as a
     *                       parameter); the slip's text shows it without the code, as the page where one types it
     */
    public void pdf(String ballotTitle, List<VotingSlips.Slip> slips, Function<String, String> voteUrlForCode,
                    Locale locale, OutputStream out) {
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(messages.getMessage("ballot.slip.title", null, locale) + " — " + ballotTitle);
            document.open();
            if (slips.isEmpty()) {
                document.add(new Paragraph(PdfFonts.phrase(ballotTitle, 12, Font.BOLD, null)));
            }
            Font code = new Font(BaseFont.createFont(BaseFont.COURIER_BOLD, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED), 17);
            for (int from = 0; from < slips.size(); from += PER_PAGE) {
                if (from > 0) {
                    document.newPage();
                }
                PdfPTable page = new PdfPTable(2);
                page.setWidthPercentage(100);
                List<VotingSlips.Slip> onPage = slips.subList(from, Math.min(from + PER_PAGE, slips.size()));
                for (VotingSlips.Slip slip : onPage) {
                    page.addCell(slip(writer, ballotTitle, slip, voteUrlForCode.apply(slip.code()), code, locale));
                }
                if (onPage.size() % 2 == 1) {
                    PdfPCell empty = new PdfPCell();
                    empty.setBorder(Rectangle.NO_BORDER);
                    empty.setFixedHeight(SLIP_HEIGHT);
                    page.addCell(empty);
                }
                document.add(page);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("voting slips of " + ballotTitle, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PdfPCell slip(PdfWriter writer, String ballotTitle, VotingSlips.Slip slip, String url, Font codeFont,
                          Locale locale) throws DocumentException {
        PdfPTable inner = new PdfPTable(new float[] {QR_SIZE + 8, 160});
        inner.setWidthPercentage(100);

        PdfPCell title = borderless(PdfFonts.phrase(ballotTitle, 10.5f, Font.BOLD, null));
        title.setColspan(2);
        title.setPaddingBottom(6);
        inner.addCell(title);

        String colon = Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? "：" : ": ";
        PdfPCell who = borderless(PdfFonts.phrase(
                messages.getMessage("ballot.slip.group", null, locale) + colon + slip.groupName() + "    "
                        + messages.getMessage("ballot.slip.voter", null, locale) + colon + slip.voterName(),
                10));
        who.setColspan(2);
        who.setPaddingBottom(6);
        inner.addCell(who);

        PdfPCell qr = borderless(null);
        qr.addElement(qrImage(writer, url));
        qr.setPaddingLeft(0);
        inner.addCell(qr);

        PdfPCell right = borderless(null);
        right.addElement(new Paragraph(PdfFonts.phrase(messages.getMessage("ballot.slip.code", null, locale), 8.5f)));
        Paragraph code = new Paragraph(slip.code(), codeFont);
        code.setSpacingAfter(6);
        right.addElement(code);
        Paragraph instruction = new Paragraph(PdfFonts.phrase(messages.getMessage("ballot.slip.instruction",
                new Object[] {entryUrl(url, slip.code())}, locale), 8));
        instruction.setLeading(11);
        right.addElement(instruction);
        inner.addCell(right);

        PdfPCell cell = new PdfPCell(inner);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setFixedHeight(SLIP_HEIGHT);
        cell.setPadding(14);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setCellEvent(new CuttingLines());
        return cell;
    }

    private static PdfPCell borderless(Phrase phrase) {
        PdfPCell cell = phrase == null ? new PdfPCell() : new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        return cell;
    }

    /** Dashed lines around a slip, to cut along. */
    private static final class CuttingLines implements PdfPCellEvent {
        @Override
        public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
            PdfContentByte canvas = canvases[PdfPTable.LINECANVAS];
            canvas.saveState();
            canvas.setLineWidth(0.5f);
            canvas.setColorStroke(Color.GRAY);
            canvas.setLineDash(4, 3, 0);
            canvas.rectangle(position.getLeft(), position.getBottom(), position.getWidth(), position.getHeight());
            canvas.stroke();
            canvas.restoreState();
        }
    }

    /** The QR code as vector squares, one per dark module. */
    private static Image qrImage(PdfWriter writer, String text) throws DocumentException {
        BitMatrix matrix = matrix(text, 0);
        PdfTemplate template = writer.getDirectContent().createTemplate(QR_SIZE, QR_SIZE);
        float module = QR_SIZE / matrix.getWidth();
        template.setColorFill(Color.BLACK);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    template.rectangle(x * module, QR_SIZE - (y + 1) * module, module, module);
                }
            }
        }
        template.fill();
        return Image.getInstance(template);
    }

    /**
     * A QR code of {@code text} as a PNG data URI, for an {@code <img src>}: the pages show the same code on screen.
     *
     * @param size width and height in pixels
     */
    public static String qrPngDataUri(String text, int size) {
        BitMatrix matrix = matrix(text, size);
        BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                image.setRGB(x, y, matrix.get(x, y) ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    }

    /** size 0: one module per pixel, the smallest matrix. */
    private static BitMatrix matrix(String text, int size) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size, QR_HINTS);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode as a QR code: " + text, e);
        }
    }

    /**
     * The address to print beside the code: the voting address with the code taken off (a trailing {@code /CODE}
     * segment or {@code ?code=CODE} parameter), since the voter types the code there; the whole address when the
     * code is not in it.
     */
    static String entryUrl(String url, String code) {
        String upper = url.toUpperCase(Locale.ROOT);
        int at = upper.indexOf(code.toUpperCase(Locale.ROOT));
        if (at < 0) {
            at = upper.indexOf(code.replace("-", "").toUpperCase(Locale.ROOT));
        }
        if (at <= 0) {
            return url;
        }
        String entry = url.substring(0, at).replaceFirst("[?&][^?&=/]*=$", "").replaceFirst("/$", "");
        return entry.isEmpty() ? url : entry;
    }
}
