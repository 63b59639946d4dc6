package io.github.cpaudit.testing;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A published PDF read back with PDFBox: its text, pages, fonts (also which font draws a phrase),
 * document information and any glyph a font lacks.
 */
public final class PdfReport {

    static {
        // PDFBox logs through commons-logging, which picks the Log4j API when present (POI brings it);
        // without a provider the API complains on stderr. Its simple logger is enough for tests.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }

    /** A font used on a page. */
    public record FontUse(String name, boolean embedded) { }

    /** Where an image is drawn on a page, in points from the top of the page. */
    public record ImageBox(float top, float bottom) { }

    /** A page's size as a reader sees it (rotation applied), in points. */
    public record PageSize(float width, float height) {
        public boolean landscape() {
            return width > height;
        }

        /** A4 (595.28 × 841.89 pt) either way round, to a point. */
        public boolean a4() {
            float shorter = Math.min(width, height);
            float longer = Math.max(width, height);
            return Math.abs(shorter - 595.28f) < 1 && Math.abs(longer - 841.89f) < 1;
        }
    }

    private final int pages;
    private final List<String> pageTexts = new ArrayList<>();
    private final List<PageSize> pageSizes = new ArrayList<>();
    private final List<java.util.SortedMap<Float, StringBuilder>> pageLines = new ArrayList<>();
    private final List<java.util.Map<Float, Set<Float>>> pageLineSizes = new ArrayList<>();
    private final List<List<ImageBox>> pageImages = new ArrayList<>();
    private final Set<FontUse> fonts = new LinkedHashSet<>();
    private final Set<String> missingGlyphs = new LinkedHashSet<>();
    /** Per page, the drawn characters without spaces, and the font of each. */
    private final List<StringBuilder> drawnChars = new ArrayList<>();
    private final List<List<String>> drawnFonts = new ArrayList<>();
    private final Map<String, String> info = new LinkedHashMap<>();
    private int links;

    private PdfReport(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            pages = document.getNumberOfPages();
            for (PDPage page : document.getPages()) {
                collectFonts(page.getResources());
                links += (int) page.getAnnotations().stream()
                        .filter(annotation -> annotation instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink)
                        .count();
                float width = page.getMediaBox().getWidth();
                float height = page.getMediaBox().getHeight();
                pageSizes.add(page.getRotation() % 180 == 0 ? new PageSize(width, height) : new PageSize(height, width));
                ImageLocator images = new ImageLocator(height);
                images.processPage(page);
                pageImages.add(images.boxes);
            }
            PDDocumentInformation information = document.getDocumentInformation();
            for (String key : information.getMetadataKeys()) {
                info.put(key, information.getCustomMetadataValue(key));
            }
            GlyphCheckingStripper stripper = new GlyphCheckingStripper();
            for (int page = 1; page <= pages; page++) {
                drawnChars.add(new StringBuilder());
                drawnFonts.add(new ArrayList<>());
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pageLines.add(new java.util.TreeMap<>());
                pageLineSizes.add(new java.util.HashMap<>());
                pageTexts.add(stripper.getText(document));
            }
        }
    }

    public static PdfReport read(Path file) {
        try {
            return new PdfReport(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The link annotations of all pages (a cross reference, a URL, a link to a place in the document). */
    public int linkCount() {
        return links;
    }

    public int pageCount() {
        return pages;
    }

    /** Text of one page, counted from 1. */
    public String pageText(int page) {
        return pageTexts.get(page - 1);
    }

    /** Size of one page, counted from 1. */
    public PageSize pageSize(int page) {
        return pageSizes.get(page - 1);
    }

    /** The images drawn on one page, top to bottom. */
    public List<ImageBox> images(int page) {
        return pageImages.get(page - 1);
    }

    /**
     * How far from the top of the page the line holding {@code text} (spaces ignored) stands, in
     * points, or -1 when no line of the page holds it.
     */
    public float lineTop(int page, String text) {
        String wanted = text.replaceAll("[\\s\\u200b]+", "");
        for (var line : pageLines.get(page - 1).entrySet()) {
            if (line.getValue().toString().replaceAll("[\\s\\u200b]+", "").contains(wanted)) {
                return line.getKey();
            }
        }
        return -1;
    }

    /** The font sizes (pt, to 0.1) of the line holding {@code text} on a page; empty when none does. */
    public Set<Float> lineFontSizes(int page, String text) {
        float top = lineTop(page, text);
        return top < 0 ? Set.of() : pageLineSizes.get(page - 1).getOrDefault(top, Set.of());
    }

    /** The tops of a page's lines, top to bottom, in points from the top of the page. */
    public List<Float> lineTops(int page) {
        return List.copyOf(pageLines.get(page - 1).keySet());
    }

    /** The lines of a page from top to bottom (a line: the words that share a top), stripped. */
    public List<String> linesTopDown(int page) {
        return pageLines.get(page - 1).values().stream().map(line -> line.toString().strip())
                .filter(line -> !line.isEmpty()).toList();
    }

    public String text() {
        return String.join("\n", pageTexts);
    }

    /** The text with line breaks and spaces removed, for sentences that wrap across lines. */
    public String compactText() {
        return text().replaceAll("[\\s\\u200b]+", "");
    }

    public Set<FontUse> fonts() {
        return fonts;
    }

    /**
     * The fonts (names without the subset tag: {@code NotoSansSC-Light}) that draw {@code phrase},
     * per page on which it appears; spaces and line breaks between its characters do not matter.
     */
    public Map<Integer, Set<String>> fontsOf(String phrase) {
        String wanted = phrase.replaceAll("[\\s\\u200b]+", "");
        Map<Integer, Set<String>> fonts = new LinkedHashMap<>();
        for (int page = 0; page < pages; page++) {
            String chars = drawnChars.get(page).toString();
            for (int at = chars.indexOf(wanted); at >= 0; at = chars.indexOf(wanted, at + 1)) {
                fonts.computeIfAbsent(page + 1, p -> new LinkedHashSet<>())
                        .addAll(drawnFonts.get(page).subList(at, at + wanted.length()));
            }
        }
        return fonts;
    }

    /** An entry of the document information dictionary ({@code Title}, or a custom one), or {@code null}. */
    public String info(String key) {
        return info.get(key);
    }

    /** Characters drawn with a font that has no glyph for them (they print as empty boxes). */
    public Set<String> missingGlyphs() {
        return missingGlyphs;
    }

    private void collectFonts(PDResources resources) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            fonts.add(new FontUse(font.getName(), font.isEmbedded()));
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                collectFonts(form.getResources());
            }
        }
    }

    private final class GlyphCheckingStripper extends PDFTextStripper {
        @Override
        protected void processTextPosition(TextPosition text) {
            if (text.getFont() instanceof PDVectorFont font) {
                for (int code : text.getCharacterCodes()) {
                    try {
                        if (!font.hasGlyph(code)) {
                            missingGlyphs.add(text.getUnicode() + " (" + text.getFont().getName() + ")");
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
            String unicode = text.getUnicode() == null ? "" : text.getUnicode().replaceAll("[\\s\\u200b]+", "");
            String font = text.getFont().getName() == null ? "" : text.getFont().getName().replaceFirst("^[A-Za-z0-9]{6}\\+", "");
            drawnChars.get(getCurrentPageNo() - 1).append(unicode);
            for (int i = 0; i < unicode.length(); i++) {
                drawnFonts.get(getCurrentPageNo() - 1).add(font);
            }
            super.processTextPosition(text);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            // words of one line share its top (to a point); the lines of a page sorted top to bottom
            if (!positions.isEmpty()) {
                TextPosition first = positions.get(0);
                float top = Math.round(first.getYDirAdj() - first.getHeightDir());
                StringBuilder line = pageLines.get(pageLines.size() - 1).computeIfAbsent(top, k -> new StringBuilder());
                line.append(line.length() == 0 ? "" : " ").append(text);
                Set<Float> lineSizes = pageLineSizes.get(pageLineSizes.size() - 1)
                        .computeIfAbsent(top, k -> new LinkedHashSet<>());
                for (TextPosition position : positions) {
                    if (!position.getUnicode().isBlank()) {
                        // getFontSizeInPt is truncated to whole points (10.5 → 10); the text matrix scale is not
                        lineSizes.add(Math.round(Math.abs(position.getXScale()) * 10) / 10f);
                    }
                }
            }
            super.writeString(text, positions);
        }
    }

    /** Finds the images a page draws and where (the current transformation matrix at each Do). */
    private static final class ImageLocator extends org.apache.pdfbox.contentstream.PDFStreamEngine {
        private final float pageHeight;
        private final List<ImageBox> boxes = new ArrayList<>();

        ImageLocator(float pageHeight) {
            this.pageHeight = pageHeight;
            addOperator(new org.apache.pdfbox.contentstream.operator.state.Concatenate(this));
            addOperator(new org.apache.pdfbox.contentstream.operator.state.Save(this));
            addOperator(new org.apache.pdfbox.contentstream.operator.state.Restore(this));
            addOperator(new org.apache.pdfbox.contentstream.operator.state.SetMatrix(this));
        }

        @Override
        protected void processOperator(org.apache.pdfbox.contentstream.operator.Operator operator,
                List<org.apache.pdfbox.cos.COSBase> operands) throws IOException {
            if ("Do".equals(operator.getName()) && operands.get(0) instanceof COSName name) {
                var object = getResources().getXObject(name);
                if (object instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
                    var matrix = getGraphicsState().getCurrentTransformationMatrix();
                    float bottom = pageHeight - matrix.getTranslateY();
                    boxes.add(new ImageBox(bottom - matrix.getScalingFactorY(), bottom));
                    return;
                }
                if (object instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                    showForm(form);
                    return;
                }
            }
            super.processOperator(operator, operands);
        }
    }
}
