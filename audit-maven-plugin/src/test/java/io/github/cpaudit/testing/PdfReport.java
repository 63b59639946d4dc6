package io.github.cpaudit.testing;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A published PDF read back with PDFBox: its text, pages, fonts and any glyph a font lacks. */
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

    private PdfReport(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            pages = document.getNumberOfPages();
            for (PDPage page : document.getPages()) {
                collectFonts(page.getResources());
            }
            GlyphCheckingStripper stripper = new GlyphCheckingStripper();
            for (int page = 1; page <= pages; page++) {
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
            super.processTextPosition(text);
        }
    }
}
