package io.github.cpaudit.asciidoc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The break rule of typesetting.md on plain text and on AsciiDoc inline source. */
class ChineseLineBreaksTest {

    private static final String B = "\u200B";
    private static final String NO_START = "，。、；：！？）》」』】”’…—%℃·";
    private static final String NO_END = "（《「『【“‘";

    @Test
    void aCellNamingHundredsOfEnterprisesDoesNotOverflowTheStack() {
        // worksheet 2-12 of a large project: one escaped value of tens of thousands of characters
        String names = "江城某某电镀有限公司、".repeat(5000);
        String cell = "pass:c[" + names + "\\]" + names + "]";
        assertThat(InlineSyntax.of(cell).marks().cardinality()).isGreaterThan(2);
        String broken = ChineseLineBreaks.insert(cell);
        assertThat(broken.replace(B, "")).isEqualTo(cell);
        assertThat(broken).startsWith("pass:c[江" + B + "城");
    }

    @Test
    void breaksBetweenAnyTwoHanziAndAroundLatinNextToThem() {
        assertThat(ChineseLineBreaks.insert("清洁生产")).isEqualTo("清" + B + "洁" + B + "生" + B + "产");
        assertThat(ChineseLineBreaks.insert("共30家")).isEqualTo("共" + B + "30" + B + "家");
        assertThat(ChineseLineBreaks.insert("かな")).isEqualTo("か" + B + "な");
    }

    @Test
    void noCharacterThatMayNotStartALineFollowsABreak() {
        for (char c : NO_START.toCharArray()) {
            assertThat(brokenAround(c)).as("before %s", c).doesNotContain(B + c);
        }
        // the full-width forms and the ASCII closing marks too
        assertThat(ChineseLineBreaks.insert("甲）乙］丙｝丁〉戊,己.")).doesNotContain(B + "）", B + "］", B + "｝", B + "〉",
                B + ",", B + ".");
    }

    @Test
    void noCharacterThatMayNotEndALinePrecedesABreak() {
        for (char c : NO_END.toCharArray()) {
            assertThat(brokenAround(c)).as("after %s", c).doesNotContain(c + B);
        }
        // a break may come before an opening mark, and after a closing one
        assertThat(ChineseLineBreaks.insert("甲（乙）丙")).isEqualTo("甲" + B + "（乙）" + B + "丙");
        assertThat(ChineseLineBreaks.insert("“清洁生产”。")).isEqualTo("“清" + B + "洁" + B + "生" + B + "产”。");
    }

    @Test
    void latinWordsAndNumbersStayWhole() {
        assertThat(ChineseLineBreaks.insert("GB/T 4754-2017")).isEqualTo("GB/T 4754-2017");
        assertThat(ChineseLineBreaks.insert("污泥2946 t")).isEqualTo("污" + B + "泥" + B + "2946 t");
        // may break before 万, never inside 136.8
        assertThat(ChineseLineBreaks.insert("136.8万m³")).isEqualTo("136.8" + B + "万" + B + "m³");
        assertThat(ChineseLineBreaks.insert("为GB/T 4754-2017中的C3360金属"))
                .isEqualTo("为" + B + "GB/T 4754-2017" + B + "中" + B + "的" + B + "C3360" + B + "金" + B + "属");
        // dashes and ellipses stay together
        assertThat(ChineseLineBreaks.insert("甲——乙……")).isEqualTo("甲——" + B + "乙……");
    }

    @Test
    void neverSplitsAnIdeographFromItsVariationSelectorOrBreaksTwice() {
        String withSelector = "葛\uDB40\uDD00亮"; // U+E0100 after 葛
        assertThat(ChineseLineBreaks.insert(withSelector)).isEqualTo("葛\uDB40\uDD00" + B + "亮");
        String extensionB = "𠀀𠀁"; // supplementary ideographs
        assertThat(ChineseLineBreaks.insert(extensionB)).isEqualTo("𠀀" + B + "𠀁");
        String once = ChineseLineBreaks.insert("清洁生产，审核。");
        assertThat(ChineseLineBreaks.insert(once)).isEqualTo(once);
        assertThat(ChineseLineBreaks.insert("甲 乙　丙")).isEqualTo("甲 乙　丙");
    }

    @Test
    void inlineSyntaxStaysAsWritten() {
        String[] untouched = {
            "audit:value[levels.Ⅰ级.count]", "audit:value[benefit.COD（t）.reduction,format=plain]",
            "fill:[企业名称]", "<<sec-范围,审核范围>>", "xref:sec-范围[审核范围]", "{audit-地区}",
            "{counter:表号}", "+清洁生产+", "++清洁生产++", "+++<b>清洁生产</b>+++", "pass:[清洁生产]",
            "`清洁生产`", "``清洁生产``", "https://例子.cn/路径/文件", "https://example.cn[示例网站]",
            "[[锚点]]", "[#标识.角色]", "((清洁生产))", "(((清洁生产,审核)))", "indexterm:[清洁生产]",
            "image:图片.png[工艺流程]", "kbd:[确定]", "联系人abc@例子.cn", "stem:[甲+乙]",
        };
        for (String syntax : untouched) {
            String source = "甲乙" + syntax + "丙丁";
            String broken = ChineseLineBreaks.insertIntoAsciidoc(source);
            assertThat(broken).as(syntax).contains(syntax);
            assertThat(broken.replace(B, "")).isEqualTo(source);
        }
        // between hanzi of the text around it, breaks as usual; none next to the syntax
        assertThat(ChineseLineBreaks.insertIntoAsciidoc("甲乙audit:value[levels.Ⅰ级.count]丙丁"))
                .isEqualTo("甲" + B + "乙audit:value[levels.Ⅰ级.count]丙" + B + "丁");
    }

    @Test
    void noBreakNextToMarkupSoQuotesAndReplacementsKeepTheirMeaning() {
        // *粗体* glued to hanzi is no constrained quote; a break next to * would make it one
        assertThat(ChineseLineBreaks.insertIntoAsciidoc("文字*粗体*文字"))
                .isEqualTo("文" + B + "字*粗" + B + "体*文" + B + "字");
        assertThat(ChineseLineBreaks.insertIntoAsciidoc("甲**重点**乙")).isEqualTo("甲**重" + B + "点**乙");
        assertThat(ChineseLineBreaks.insertIntoAsciidoc("甲_乙_丙#丁#戊^2^己~3~庚\\*辛"))
                .doesNotContainPattern(B + "[_#^~*\\\\]|[_#^~*\\\\]" + B);
        assertThat(ChineseLineBreaks.insertIntoAsciidoc("甲&amp;乙&#x4e2d;丙")).isEqualTo("甲&amp;乙&#x4e2d;丙");
    }

    @Test
    void textOfFootnotesAndOfDataValuesBreaksButTheirSyntaxDoesNot() {
        assertThat(ChineseLineBreaks.insertIntoAsciidoc("甲footnote:[清洁生产，审核]乙"))
                .isEqualTo("甲footnote:[清" + B + "洁" + B + "生" + B + "产，" + B + "审" + B + "核]乙");
        // a value from the data (AsciidocText): pass:c[…] with its escaped bracket
        assertThat(ChineseLineBreaks.insertIntoAsciidoc("pass:c[甲电镀\\]有限公司]"))
                .isEqualTo("pass:c[甲" + B + "电" + B + "镀\\]有" + B + "限" + B + "公" + B + "司]");
        assertThat(ChineseLineBreaks.insertIntoAsciidoc("甲footnote:[见audit:value[energy.total.tce]]"))
                .contains("audit:value[energy.total.tce]");
    }

    @Test
    void knowsWhichSyntaxWouldRunTwice() {
        assertThat(InlineSyntax.of("表 audit:value[enterprises.count] 家").convertsWithEffects()).isTrue();
        assertThat(InlineSyntax.of("fill:[企业名称]概况").convertsWithEffects()).isTrue();
        assertThat(InlineSyntax.of("第{counter:章}章").convertsWithEffects()).isTrue();
        assertThat(InlineSyntax.of("((清洁生产))").convertsWithEffects()).isTrue();
        assertThat(InlineSyntax.of("E01 pass:c[甲电镀有限公司]").convertsWithEffects()).isFalse();
        assertThat(InlineSyntax.of("{audit-region}概况 *重点*").convertsWithEffects()).isFalse();
    }

    @Test
    void joinsSoftLineBreaksBetweenCjkCharactersOnly() {
        assertThat(ChineseLineBreaks.joinSoftBreaks("清洁\n生产，\n  审核。\nGB/T 4754\n中的")).isEqualTo("清洁生产，审核。\nGB/T 4754\n中的");
        assertThat(ChineseLineBreaks.joinSoftBreaks("共\n30家")).isEqualTo("共\n30家");
        assertThat(ChineseLineBreaks.joinSoftBreaks("硬换行 +\n下一行")).isEqualTo("硬换行 +\n下一行");
        assertThat(ChineseLineBreaks.joinSoftBreaks("段落一。\n\n段落二")).isEqualTo("段落一。\n\n段落二");
    }

    /** {@code c} between hanzi and doubled, with the breaks the rule allows; the text itself unchanged. */
    private static String brokenAround(char c) {
        String text = "甲" + c + "乙" + c + c + "丙";
        String broken = ChineseLineBreaks.insert(text);
        assertThat(broken.replace(B, "")).isEqualTo(text);
        assertThat(broken).contains(B); // some break: the check above is not vacuous
        return broken;
    }
}
