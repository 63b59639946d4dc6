package io.github.cpaudit.docx;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.asciidoctor.ast.Cell;
import org.asciidoctor.ast.Column;
import org.asciidoctor.ast.Row;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.ast.Table;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import java.math.BigInteger;
import java.util.List;

/**
 * A table of the report as a Word table: the columns' relative widths over the page's text width,
 * the header rows bold, shaded and repeated on every page ({@code w:tblHeader}), column and row
 * spans merged ({@code gridSpan}, {@code vMerge}), the totals row (合计, the table's footer) bold,
 * each cell's alignment (numbers right) as in the HTML. Cells in AsciiDoc style keep their text.
 */
final class DocxTables {

    private static final String HEAD_FILL = "F2F2F2";
    private static final String FOOT_FILL = "F7F7F7";

    private DocxTables() {
    }

    static XWPFTable add(XWPFDocument document, Table table, long textWidth) {
        List<Column> columns = table.getColumns();
        int count = Math.max(columns.size(), 1);
        long[] widths = widths(columns, count, textWidth);
        XWPFTable word = document.createTable();
        word.removeRow(0);
        look(word, widths);
        int[] covered = new int[count]; // rows still covered by a row span from above, per column
        int[] coveredSpan = new int[count];
        place(word, table.getHeader(), RowKind.HEAD, covered, coveredSpan, count);
        place(word, table.getBody(), RowKind.BODY, covered, coveredSpan, count);
        place(word, table.getFooter(), RowKind.FOOT, covered, coveredSpan, count);
        if (word.getCTTbl().sizeOfTrArray() == 0) {
            new XWPFTableRow(word.getCTTbl().addNewTr(), word).addNewTableCell(); // Word refuses a table without a row
        }
        return word;
    }

    private enum RowKind { HEAD, BODY, FOOT }

    private static void place(XWPFTable word, List<Row> rows, RowKind kind, int[] covered, int[] coveredSpan, int count) {
        for (Row row : rows) {
            // appended at the XML level: insertNewTableRow counts the rows before it each time (quadratic
            // in a 500-enterprise worksheet); the table's row list is not read while writing
            XWPFTableRow wordRow = new XWPFTableRow(word.getCTTbl().addNewTr(), word);
            if (kind == RowKind.HEAD) {
                wordRow.setRepeatHeader(true);
            }
            wordRow.setCantSplitRow(true);
            List<Cell> cells = row.getCells();
            int next = 0;
            int column = 0;
            while (column < count) {
                if (covered[column] > 0) {
                    // the continuation of a cell spanning rows from above
                    XWPFTableCell cell = wordRow.addNewTableCell();
                    CTTcPr pr = cellProperties(cell);
                    span(pr, coveredSpan[column]);
                    pr.addNewVMerge().setVal(STMerge.CONTINUE);
                    covered[column]--;
                    column += coveredSpan[column];
                    continue;
                }
                if (next >= cells.size()) {
                    break;
                }
                Cell cell = cells.get(next++);
                int colspan = Math.max(cell.getColspan(), 1);
                int rowspan = Math.max(cell.getRowspan(), 1);
                XWPFTableCell wordCell = wordRow.addNewTableCell();
                CTTcPr pr = cellProperties(wordCell);
                span(pr, colspan);
                if (rowspan > 1) {
                    pr.addNewVMerge().setVal(STMerge.RESTART);
                    covered[column] = rowspan - 1;
                    coveredSpan[column] = colspan;
                }
                if (kind != RowKind.BODY) {
                    DocxStyles.fill(pr.addNewShd(), kind == RowKind.HEAD ? HEAD_FILL : FOOT_FILL);
                }
                text(wordCell, cell, kind != RowKind.BODY);
                column += colspan;
            }
        }
    }

    private static CTTcPr cellProperties(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }

    private static void span(CTTcPr pr, int columns) {
        if (columns > 1) {
            pr.addNewGridSpan().setVal(BigInteger.valueOf(columns));
        }
    }

    private static void text(XWPFTableCell wordCell, Cell cell, boolean bold) {
        XWPFParagraph paragraph = wordCell.getParagraphs().get(0);
        paragraph.setStyle(DocxStyle.TABLE_TEXT.id());
        ParagraphAlignment align = switch (cell.getHorizontalAlignment()) {
            case RIGHT -> ParagraphAlignment.RIGHT;
            case CENTER -> ParagraphAlignment.CENTER;
            default -> ParagraphAlignment.LEFT;
        };
        if (bold) {
            align = align == ParagraphAlignment.LEFT ? ParagraphAlignment.CENTER : align;
        }
        paragraph.setAlignment(align);
        if ("asciidoc".equals(cell.getStyle())) {
            // an AsciiDoc cell holds blocks: their text, one paragraph each
            boolean first = true;
            for (StructuralNode block : cell.getInnerDocument().getBlocks()) {
                XWPFParagraph target = first ? paragraph : wordCell.addParagraph();
                target.setStyle(DocxStyle.TABLE_TEXT.id());
                target.setAlignment(align);
                DocxInline.append(target, html(block), bold);
                first = false;
            }
            return;
        }
        DocxInline.append(paragraph, cell.getText(), bold);
    }

    /** A block's inline HTML: a paragraph's content; other blocks by the text of their HTML. */
    private static String html(StructuralNode block) {
        return block.getContent() instanceof String content && "paragraph".equals(block.getContext()) ? content
                : org.jsoup.nodes.Entities.escape(DocxInline.text(block.convert()));
    }

    private static void look(XWPFTable word, long[] widths) {
        CTTblPr pr = word.getCTTbl().getTblPr() != null ? word.getCTTbl().getTblPr() : word.getCTTbl().addNewTblPr();
        long total = 0;
        for (long w : widths) {
            total += w;
        }
        var width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(total));
        pr.addNewJc().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STJcTable.CENTER);
        CTTblBorders borders = pr.isSetTblBorders() ? pr.getTblBorders() : pr.addNewTblBorders();
        border(borders.isSetTop() ? borders.getTop() : borders.addNewTop(), 6);
        border(borders.isSetLeft() ? borders.getLeft() : borders.addNewLeft(), 6);
        border(borders.isSetBottom() ? borders.getBottom() : borders.addNewBottom(), 6);
        border(borders.isSetRight() ? borders.getRight() : borders.addNewRight(), 6);
        border(borders.isSetInsideH() ? borders.getInsideH() : borders.addNewInsideH(), 4);
        border(borders.isSetInsideV() ? borders.getInsideV() : borders.addNewInsideV(), 4);
        // fixed layout: Word and LibreOffice take the grid as given instead of measuring every cell
        pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        var margins = pr.addNewTblCellMar();
        margins.addNewLeft().setW(BigInteger.valueOf(80));
        margins.getLeft().setType(STTblWidth.DXA);
        margins.addNewRight().setW(BigInteger.valueOf(80));
        margins.getRight().setType(STTblWidth.DXA);
        CTTblGrid grid = word.getCTTbl().getTblGrid() != null ? word.getCTTbl().getTblGrid() : word.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (long w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
    }

    private static void border(CTBorder border, int eighths) {
        border.setVal(STBorder.SINGLE);
        border.setSz(BigInteger.valueOf(eighths));
        border.setSpace(BigInteger.ZERO);
        border.setColor("000000");
    }

    /** The columns' widths in twips: their share ({@code colpcwidth}) of the text width. */
    private static long[] widths(List<Column> columns, int count, long textWidth) {
        double[] shares = new double[count];
        double sum = 0;
        for (int i = 0; i < columns.size(); i++) {
            Object pc = columns.get(i).getAttribute("colpcwidth");
            shares[i] = pc instanceof Number n ? n.doubleValue() : 100.0 / count;
            sum += shares[i];
        }
        long[] widths = new long[count];
        for (int i = 0; i < count; i++) {
            widths[i] = Math.max(Math.round(textWidth * (sum > 0 ? shares[i] / sum : 1.0 / count)), 200);
        }
        return widths;
    }
}
