package org.cadre.cadres.internal.file;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowHeightRule;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * The approval form as a Word document (.docx) in the same standard layout as the PDF ({@link FormLayout}): the
 * cells are placed on the seven-column grid as the PDF places them, then written as Word rows with horizontal
 * (gridSpan) and vertical (vMerge) merges, one table a page.
 */
final class FormDocx implements FormLayout.Sink {

    private static final int COLUMNS = FormLayout.WIDTHS.length;
    private static final String FONT = "SimSun";

    /** A cell placed on the grid. */
    private record Placed(int row, int column, int columns, int rows, FormLayout.Kind kind, String text,
                          float minHeight, FormData.Photo photo) {
    }

    private final XWPFDocument doc;
    private final List<Placed> cells = new ArrayList<>();
    /** For each row placed so far, which columns are taken (by its own cells or one spanning from above). */
    private final List<boolean[]> taken = new ArrayList<>();
    private int row;
    private int column;

    private FormDocx(XWPFDocument doc) {
        this.doc = doc;
    }

    static byte[] write(FormData f, FormLabels l) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var body = doc.getDocument().getBody();
            var section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
            var margins = section.addNewPgMar();
            margins.setLeft(BigInteger.valueOf(twips(42)));
            margins.setRight(BigInteger.valueOf(twips(42)));
            margins.setTop(BigInteger.valueOf(twips(40)));
            margins.setBottom(BigInteger.valueOf(twips(40)));
            var size = section.addNewPgSz();
            size.setW(BigInteger.valueOf(11906));
            size.setH(BigInteger.valueOf(16838));
            FormDocx docx = new FormDocx(doc);
            FormLayout.write(f, l, docx);
            docx.flush();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void title(String text) {
        XWPFParagraph title = doc.createParagraph();
        title.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun run = title.createRun();
        run.setText(text);
        run.setBold(true);
        run.setFontSize(20);
        run.setFontFamily(FONT);
    }

    @Override
    public void cell(FormLayout.Kind kind, String text, int columns, int rows, float minHeight) {
        place(new Placed(0, 0, columns, rows, kind, text, minHeight, null));
    }

    @Override
    public void photo(FormData.Photo photo, String placeholder, int rows) {
        place(new Placed(0, 0, 1, rows, FormLayout.Kind.VALUE, photo == null ? placeholder : "", 30, photo));
    }

    /** Puts the cell at the next free place of the grid, as a PDF table does. */
    private void place(Placed c) {
        while (true) {
            boolean[] current = rowTaken(row);
            while (column < COLUMNS && current[column]) {
                column++;
            }
            if (column + c.columns() <= COLUMNS) {
                break;
            }
            row++;
            column = 0;
        }
        for (int r = row; r < row + c.rows(); r++) {
            boolean[] t = rowTaken(r);
            for (int k = column; k < column + c.columns(); k++) {
                t[k] = true;
            }
        }
        cells.add(new Placed(row, column, c.columns(), c.rows(), c.kind(), c.text(), c.minHeight(), c.photo()));
        column += c.columns();
    }

    private boolean[] rowTaken(int r) {
        while (taken.size() <= r) {
            taken.add(new boolean[COLUMNS]);
        }
        return taken.get(r);
    }

    @Override
    public void nextPage() {
        flush();
        XWPFParagraph brk = doc.createParagraph();
        brk.setPageBreak(true);
    }

    @Override
    public void footer(String text) {
        flush();
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(120);
        text(p, text, false);
    }

    /** Writes the cells placed so far as one table and starts afresh. */
    private void flush() {
        if (cells.isEmpty()) {
            return;
        }
        XWPFTable table = doc.createTable();
        table.setWidth("100%");
        table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        // narrow cell margins, as the PDF's padding: Word's default 0.19 cm wraps 专业技术职务 after five characters
        var margins = table.getCTTbl().getTblPr().addNewTblCellMar();
        for (var side : List.of(margins.addNewLeft(), margins.addNewRight())) {
            side.setType(STTblWidth.DXA);
            side.setW(BigInteger.valueOf(twips(FormLayout.PADDING)));
        }
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int k = 0; k < COLUMNS; k++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width(k, 1)));
        }
        int rows = taken.size();
        for (int r = 0; r < rows; r++) {
            XWPFTableRow tableRow = table.insertNewTableRow(r + 1);
            float height = 0;
            for (int k = 0; k < COLUMNS; k++) {
                int at = k;
                int rowNow = r;
                Placed starting = cells.stream().filter(c -> c.row() == rowNow && c.column() == at).findFirst()
                        .orElse(null);
                Placed above = cells.stream().filter(c -> c.column() == at && c.row() < rowNow
                        && c.row() + c.rows() > rowNow).findFirst().orElse(null);
                if (starting != null) {
                    XWPFTableCell cell = tableRow.addNewTableCell();
                    fill(cell, starting);
                    if (starting.rows() == 1) {
                        height = Math.max(height, starting.minHeight());
                    }
                    k += starting.columns() - 1;
                } else if (above != null) {
                    XWPFTableCell cell = tableRow.addNewTableCell();
                    CTTcPr pr = properties(cell, above.columns(), above.column());
                    pr.addNewVMerge().setVal(STMerge.CONTINUE);
                    k += above.columns() - 1;
                }
            }
            tableRow.setHeight(twips(height > 0 ? height : 30));
            tableRow.setHeightRule(TableRowHeightRule.AT_LEAST);
        }
        table.removeRow(0);
        cells.clear();
        taken.clear();
        row = 0;
        column = 0;
    }

    private void fill(XWPFTableCell cell, Placed c) {
        CTTcPr pr = properties(cell, c.columns(), c.column());
        if (c.rows() > 1) {
            pr.addNewVMerge().setVal(STMerge.RESTART);
        }
        XWPFTableCell.XWPFVertAlign vertical = switch (c.kind()) {
            case BLOCK, RESUME -> XWPFTableCell.XWPFVertAlign.TOP;
            case SIGNATURE -> XWPFTableCell.XWPFVertAlign.BOTTOM;
            default -> XWPFTableCell.XWPFVertAlign.CENTER;
        };
        cell.setVerticalAlignment(vertical);
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(switch (c.kind()) {
            case LABEL, VALUE -> ParagraphAlignment.CENTER;
            case SIGNATURE -> ParagraphAlignment.RIGHT;
            default -> ParagraphAlignment.LEFT;
        });
        if (c.photo() != null) {
            int type = c.photo().contentType() != null && c.photo().contentType().contains("png")
                    ? XWPFDocument.PICTURE_TYPE_PNG : XWPFDocument.PICTURE_TYPE_JPEG;
            try {
                p.createRun().addPicture(new ByteArrayInputStream(c.photo().content()), type, "photo",
                        Units.toEMU(80), Units.toEMU(110));
            } catch (IOException | InvalidFormatException e) {
                text(p, "", false);
            }
            return;
        }
        if (c.kind() == FormLayout.Kind.RESUME) {
            String[] lines = (c.text() == null ? "" : c.text()).split("\n");
            for (int i = 0; i < lines.length; i++) {
                XWPFParagraph entry = i == 0 ? p : cell.addParagraph();
                // continues under the entry's text, not under its dates (about 18 half-width characters)
                entry.setIndentationLeft(twips(98));
                entry.setIndentationHanging(twips(98));
                text(entry, lines[i], false);
            }
            return;
        }
        text(p, c.text(), false);
    }

    private static CTTcPr properties(XWPFTableCell cell, int columns, int column) {
        CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        var width = pr.addNewTcW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(width(column, columns)));
        if (columns > 1) {
            pr.addNewGridSpan().setVal(BigInteger.valueOf(columns));
        }
        return pr;
    }

    /** The width in twips of {@code columns} columns from {@code column}. */
    private static int width(int column, int columns) {
        return twips(FormLayout.width(column, columns));
    }

    private static int twips(float points) {
        return Math.round(points * 20);
    }

    private static void text(XWPFParagraph p, String text, boolean bold) {
        String[] lines = (text == null ? "" : text).split("\n", -1);
        XWPFRun run = p.createRun();
        run.setBold(bold);
        run.setFontFamily(FONT);
        run.setFontSize(FormLayout.SIZE);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
    }
}
