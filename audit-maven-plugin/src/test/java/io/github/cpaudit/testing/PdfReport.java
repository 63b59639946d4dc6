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

    private final int pages;
    private final List<String> pageTexts = new ArrayList<>();
    private final Set<FontUse> fonts = new LinkedHashSet<>();
    private final Set<String> missingGlyphs = new LinkedHashSet<>();
    /** Per page, the drawn characters without spaces, and the font of each. */
    private final List<StringBuilder> drawnChars = new ArrayList<>();
    private final List<List<String>> drawnFonts = new ArrayList<>();
    private final Map<String, String> info = new LinkedHashMap<>();

    private PdfReport(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            pages = document.getNumberOfPages();
            for (PDPage page : document.getPages()) {
                collectFonts(page.getResources());
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

    public int pageCount() {
        return pages;
    }

    /** Text of one page, counted from 1. */
    public String pageText(int page) {
        return pageTexts.get(page - 1);
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
    }
}
