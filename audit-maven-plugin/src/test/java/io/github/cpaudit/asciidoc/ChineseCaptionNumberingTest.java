package io.github.cpaudit.asciidoc;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The SPI-registered extensions in a plain Asciidoctor, as an editor's preview would load them. */
class ChineseCaptionNumberingTest {

    private static Asciidoctor asciidoctor;
    private static final List<LogRecord> records = new ArrayList<>();

    @BeforeAll
    static void start() {
        asciidoctor = Asciidoctor.Factory.create();
        asciidoctor.registerLogHandler(records::add);
    }

    @AfterAll
    static void stop() {
        asciidoctor.close();
    }

    private static Document html(String source) {
        records.clear();
        String out = asciidoctor.convert(source, Options.builder().safe(SafeMode.SAFE).standalone(false)
                .sourcemap(true).attributes(Attributes.builder().sectionNumbers(true)
                        .attribute("table-caption", "表").attribute("figure-caption", "图")
                        .attribute("appendix-caption", "附件").build()).build());
        return Jsoup.parse(out);
    }

    @Test
    void numbersTablesAndFiguresPerChapterAndCrossReferencesPrintTheNumber() {
        Document doc = html("""
                = 报告
                :doctype: book

                == 总论

                .甲表
                |===
                |a
                |===

                == 行业概况

                见<<t2>>和<<f1>>。

                .乙表
                |===
                |b
                |===

                |===
                |无标题的表不编号
                |===

                [#t2]
                .丙表
                |===
                |c
                |===

                [#f1]
                .路线
                image::x.png[]

                === 小节

                .丁表
                |===
                |d
                |===
                """);
        assertThat(doc.select("caption.title").eachText())
                .containsExactly("表 1-1 甲表", "表 2-1 乙表", "表 2-2 丙表", "表 2-3 丁表");
        assertThat(doc.select(".imageblock .title").eachText()).containsExactly("图 2-1 路线");
        assertThat(doc.select("a[href=#t2]").text()).isEqualTo("表 2-2");
        assertThat(doc.select("a[href=#f1]").text()).isEqualTo("图 2-1");
    }

    @Test
    void keepsCaptionsOffWhereTheWriterSwitchedThemOff() {
        Document doc = html("""
                == 总论

                [caption=""]
                .无编号的表
                |===
                |a
                |===
                """);
        assertThat(doc.select("caption.title").text()).isEqualTo("无编号的表");
    }

    @Test
    void numbersAttachmentsAndTheirTablesAndFigures() {
        Document doc = html("""
                = 报告
                :doctype: book

                == 总论

                见<<att-roster>>和<<tbl-roster>>。

                .甲表
                |===
                |a
                |===

                [appendix#att-roster]
                == 企业名录

                [#tbl-roster]
                .企业名录
                |===
                |b
                |===

                [appendix]
                == 审核工作表

                .工作表
                |===
                |c
                |===

                .现场照片
                image::y.png[]
                """);
        // no trailing dot: the registry loads the toolkit's Ruby (audit_core.rb) into the instance as well
        assertThat(doc.select("h2").eachText()).containsExactly("1 总论", "附件1 企业名录", "附件2 审核工作表");
        assertThat(doc.select("caption.title").eachText())
                .containsExactly("表 1-1 甲表", "附表1-1 企业名录", "附表2-1 工作表");
        assertThat(doc.select(".imageblock .title").eachText()).containsExactly("附图2-1 现场照片");
        // the cross reference in the text (the table of contents and the section's anchor link there too)
        assertThat(doc.select(".paragraph a[href=#att-roster]").text()).isEqualTo("附件1");
        assertThat(doc.select("a[href=#tbl-roster]").text()).isEqualTo("附表1-1");
    }

    @Test
    void reportsUnknownBlockMacrosWithTheirLine() {
        html("""
                == 总论

                正文。
                worksheat::2-4[]

                audit-tabel::energy[]
                """);
        // Asciidoctor itself only notes "unknown name for block macro" at DEBUG, and only for some names
        assertThat(records).filteredOn(r -> r.getSeverity() == Severity.ERROR).extracting(r -> r.getCursor().getLineNumber() + " " + r.getMessage())
                .containsExactly(
                        "4 未知的块宏（unknown block macro）：worksheat::，“worksheat::2-4[]” 会原样印在报告里。请检查宏名的拼写，块宏须单独成段（前面空一行）",
                        "6 未知的块宏（unknown block macro）：audit-tabel::，“audit-tabel::energy[]” 会原样印在报告里。请检查宏名的拼写，块宏须单独成段（前面空一行）");
    }
}
