package io.github.cpaudit.docx;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.util.Units;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Iterator;
import java.util.Locale;

/**
 * An image block embedded in the DOCX: the charts (PNG the toolkit drew, in the document as a
 * {@code data:} URI) and the project's pictures (read as the HTML reads them, {@code data-uri}), at
 * the PDF's width ({@code pdfwidth}) or their own, never wider than the text.
 */
final class DocxImages {

    /** Pixels per inch of an image that says nothing about its size. */
    private static final double SCREEN_DPI = 96;

    private DocxImages() {
    }

    /**
     * @param uri        the image as the HTML has it: a {@code data:image/png;base64,…} URI
     * @param pdfWidth   the block's {@code pdfwidth} ("16cm", "80%"), or {@code null}
     * @param textWidth  the page's text width in points
     * @return whether the image was embedded (not for a remote image or an unknown type)
     */
    static boolean add(XWPFParagraph paragraph, String uri, String name, Object pdfWidth, double textWidth) {
        if (uri == null || !uri.startsWith("data:image/")) {
            return false;
        }
        int comma = uri.indexOf(',');
        String mime = uri.substring("data:image/".length(), uri.indexOf(';') > 0 ? uri.indexOf(';') : comma).toLowerCase(Locale.ROOT);
        PictureType type = switch (mime) {
            case "png" -> PictureType.PNG;
            case "jpeg", "jpg" -> PictureType.JPEG;
            case "gif" -> PictureType.GIF;
            default -> null;
        };
        if (type == null || comma < 0) {
            return false;
        }
        byte[] bytes = Base64.getDecoder().decode(uri.substring(comma + 1));
        int[] pixels = pixels(bytes);
        if (pixels == null) {
            return false;
        }
        double width = width(pdfWidth, textWidth, pixels[0] * 72 / SCREEN_DPI);
        double height = width * pixels[1] / pixels[0];
        try {
            paragraph.createRun().addPicture(new ByteArrayInputStream(bytes), type, name + "." + mime,
                    Units.toEMU(width), Units.toEMU(height));
            return true;
        } catch (InvalidFormatException | IOException e) {
            return false;
        }
    }

    /** The width in points: {@code pdfwidth} (length or percent of the text), else the image's own. */
    private static double width(Object pdfWidth, double textWidth, double natural) {
        double width = natural;
        if (pdfWidth != null) {
            String text = pdfWidth.toString().trim();
            if (text.endsWith("%") || text.endsWith("vw")) {
                try {
                    width = textWidth * Double.parseDouble(text.replaceAll("(%|vw)$", "")) / 100;
                } catch (NumberFormatException e) {
                    width = natural;
                }
            } else {
                width = DocxLayout.length(text, natural);
            }
        }
        return Math.min(width, textWidth);
    }

    /** Width and height in pixels, read from the image's header; {@code null} when unreadable. */
    private static int[] pixels(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                return w > 0 && h > 0 ? new int[] {w, h} : null;
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            return null;
        }
    }
}
