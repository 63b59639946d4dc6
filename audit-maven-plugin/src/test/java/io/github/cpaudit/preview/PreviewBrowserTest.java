package io.github.cpaudit.preview;

import io.github.cpaudit.testing.CollectingLog;
import io.github.cpaudit.testing.HeadlessBrowser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code audit:serve} in a real browser (headless Chromium, skipped when it is not installed): the
 * page opened once reloads by itself on every saved file, and shows what the writer would see: the
 * new text of a chapter, the last good page with the failed panel after a broken include, the page
 * again after the fix, a computed figure after a data edit (200 万kWh × 1.229 = 245.8 tce), and the
 * same scroll position after the reload of an edit in view. Each test writes the whole chapter it checks, so that the
 * tests do not depend on their order.
 */
class PreviewBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    static Path temp;

    private static PreviewProject project;
    private static LivePreview preview;
    private static HeadlessBrowser browser;

    @BeforeAll
    static void openThePreviewInABrowser() throws Exception {
        Optional<Path> chromium = HeadlessBrowser.find();
        assumeTrue(chromium.isPresent(), HeadlessBrowser.NOT_FOUND);
        project = PreviewProject.create(temp.resolve("p"), PreviewProject.chapterWith("第一版文字。"), 100);
        preview = new LivePreview(project.request(), new LivePreview.Settings("127.0.0.1", 0, false), new CollectingLog());
        browser = HeadlessBrowser.start(chromium.get());
        browser.navigate(preview.url());
        assertThat(browser.text()).contains("第一版文字。", "综合能耗 122.9");
    }

    @AfterAll
    static void close() {
        try (LivePreview p = preview; HeadlessBrowser b = browser) {
            // the browser, then the preview, also when one fails to close; null (a setup stopped half-way) is skipped
        }
    }

    @Test
    void aSavedChapterReloadsThePageWithItsNewText() throws Exception {
        assertThat(save(PreviewProject.chapterWith("改过的文字。"))).contains("改过的文字。").doesNotContain("第一版文字。");
    }

    @Test
    void aBrokenIncludeShowsTheLastGoodPageWithTheErrorAndTheFixRecovers() throws Exception {
        assertThat(save(PreviewProject.chapterWith("出错之前的文字。"))).contains("出错之前的文字。");

        assertThat(save("== 总论\n\n出错的文字。\n\ninclude::没有这个文件.adoc[]\n"))
                .contains("出错之前的文字。").doesNotContain("出错的文字。");
        assertThat(browser.evaluate("document.querySelector('#audit-preview.failed')?.innerText")).asString()
                .contains("上一次成功的页面", "没有这个文件.adoc");

        assertThat(save(PreviewProject.chapterWith("改正之后的文字。"))).contains("改正之后的文字。").doesNotContain("出错之前的文字。");
        assertThat(browser.evaluate("document.querySelector('#audit-preview.failed')")).isNull();
    }

    @Test
    void aDataEditChangesTheComputedFigure() throws Exception {
        assertThat(reloadAfter(() -> project.electricity(200))).contains("综合能耗 245.8").doesNotContain("综合能耗 122.9");
    }

    /** What the writer sees: Chromium's own restoring on reload counts as well as the page's script. */
    @Test
    void theReloadKeepsTheScrollPositionOfAnEditInView() throws Exception {
        String paragraphs = IntStream.rangeClosed(1, 200).mapToObj(i -> "第 " + i + " 段。").collect(Collectors.joining("\n\n"));
        save(PreviewProject.chapterWith(paragraphs));
        browser.evaluate("window.scrollTo(0, 2000)");
        // the page must be long enough, or the check below would hold without any restoring
        assertThat(scrollY()).isCloseTo(2000, within(2.0));
        // in view: the preview scrolls to an edited block out of view
        String inView = (String) browser.evaluate(
                "[...document.querySelectorAll('p')].find(p => p.getBoundingClientRect().top > innerHeight / 3).innerText");
        assertThat(inView).matches("第 \\d+ 段。");

        String edited = inView.replace("。", "，改过。");
        assertThat(save(PreviewProject.chapterWith(paragraphs.replace(inView, edited)))).contains(edited);
        assertThat(scrollY()).isCloseTo(2000, within(2.0));
    }

    @Test
    void anEditOutOfViewIsBroughtIntoView() throws Exception {
        String paragraphs = IntStream.rangeClosed(1, 200).mapToObj(i -> "第 " + i + " 段。").collect(Collectors.joining("\n\n"));
        save(PreviewProject.chapterWith(paragraphs));
        browser.evaluate("window.scrollTo(0, 2000)");
        assertThat(((Number) browser.evaluate("[...document.querySelectorAll('p')].find(p => p.textContent === '第 190 段。')"
                + ".getBoundingClientRect().top")).doubleValue()).as("below the view before the edit").isGreaterThan(
                ((Number) browser.evaluate("innerHeight")).doubleValue());

        save(PreviewProject.chapterWith(paragraphs.replace("第 190 段。", "第 190 段，改过。")));
        assertThat(browser.evaluate("document.getElementById('audit-edited').textContent.trim()")).isEqualTo("第 190 段，改过。");
        double top = ((Number) browser.evaluate("document.getElementById('audit-edited').getBoundingClientRect().top")).doubleValue();
        assertThat(top).as("the edited paragraph in the view").isBetween(0.0, ((Number) browser.evaluate("innerHeight")).doubleValue() - 20);
        assertThat(scrollY()).isGreaterThan(2000);
    }

    private static String save(String chapter) throws IOException, InterruptedException {
        return reloadAfter(() -> project.chapter(chapter));
    }

    /** Makes the edit and waits until the open page has reloaded by itself (no navigation); its text then. */
    private static String reloadAfter(Edit edit) throws IOException, InterruptedException {
        browser.discardLoads();
        edit.save();
        browser.awaitLoad(WAIT);
        return browser.text();
    }

    private interface Edit {
        void save() throws IOException;
    }

    private static double scrollY() {
        return ((Number) browser.evaluate("window.scrollY")).doubleValue();
    }
}
