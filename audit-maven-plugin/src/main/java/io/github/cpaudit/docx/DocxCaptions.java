package io.github.cpaudit.docx;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.asciidoctor.ast.StructuralNode;

/**
 * A table's or figure's caption as a Word caption: a paragraph in Word's {@code Caption} style whose
 * number is a {@code SEQ} field, with the text the HTML prints: "表 3-2 能源消耗及折标（工作表2-4）"
 * above a table, "图 4-1 …" below a figure, a worksheet of an attachment under its own title. The
 * report numbers per chapter (the attachments their own way): each chapter's tables are a sequence of
 * their own ({@code SEQ 表3}), so that Word, updating the fields on opening, counts them to the very
 * numbers the report prints; a number that does not follow on (or no number) stays text.
 */
final class DocxCaptions {

    /** "表 3-" and "2" of "表 3-2 ": the label with the chapter, and the number in the chapter. */
    private static final Pattern NUMBERED = Pattern.compile("(.*?)(\\d+)\\s*");

    /** Per sequence, the last number written as a field. */
    private final Map<String, Integer> counted = new HashMap<>();

    /** The caption's HTML ("表 3-2 " and the title), or {@code null} for an untitled block. */
    static String text(StructuralNode node) {
        String title = node.getTitle();
        if (title == null || title.isEmpty()) {
            return null;
        }
        String caption = node.getCaption();
        return caption == null ? title : caption + title;
    }

    /** Writes the caption of {@code node} into {@code paragraph}; {@code above}: kept with the table below it. */
    void write(XWPFParagraph paragraph, StructuralNode node, boolean above) {
        paragraph.setStyle(DocxStyle.CAPTION.id());
        if (above) {
            paragraph.getCTP().getPPr().addNewKeepNext();
        }
        String caption = node.getCaption();
        Matcher numbered = caption == null ? null : NUMBERED.matcher(caption);
        if (numbered == null || !numbered.matches()) {
            DocxInline.append(paragraph, text(node), false);
            return;
        }
        String label = numbered.group(1);
        int number = Integer.parseInt(numbered.group(2));
        // a Word sequence name: letters and digits only ("表 3-" → 表3, "表 附1-" → 表附1)
        String sequence = label.replaceAll("[^\\p{L}\\p{N}]", "");
        if (sequence.isEmpty() || !Character.isLetter(sequence.codePointAt(0))
                || number != counted.getOrDefault(sequence, 0) + 1) {
            DocxInline.append(paragraph, text(node), false);
            return;
        }
        counted.put(sequence, number);
        DocxInline.append(paragraph, label, false);
        DocxSections.field(paragraph, "SEQ " + sequence + " \\* ARABIC", String.valueOf(number));
        DocxInline.append(paragraph, caption.substring(numbered.end(2)), false);
        DocxInline.append(paragraph, node.getTitle(), false);
    }
}
