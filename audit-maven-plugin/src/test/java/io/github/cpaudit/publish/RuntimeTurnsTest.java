package io.github.cpaudit.publish;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The preview's runtime taken in turns, without a runtime: the background work stands for a PDF
 * (it ends when stopped, or after a long time), the page work for a page render.
 */
class RuntimeTurnsTest {

    private final RuntimeTurns turns = new RuntimeTurns();
    private final List<String> order = new CopyOnWriteArrayList<>();

    @Test
    void aPageRenderStopsTheBackgroundWorkUnderWayAndGoesFirst() throws Exception {
        CountDownLatch converting = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        CompletableFuture<Optional<String>> pdf = CompletableFuture.supplyAsync(() -> turns.background(turn -> {
            turn.stoppableBy(stopped::countDown);
            converting.countDown();
            await(stopped, 30);
            order.add("pdf ends");
            return "pdf";
        }));
        assertThat(converting.await(10, TimeUnit.SECONDS)).isTrue();

        long start = System.nanoTime();
        assertThat(turns.page(() -> order.add("page") ? "page" : "")).isEqualTo("page");

        assertThat((System.nanoTime() - start) / 1e9).as("seconds the page waited").isLessThan(5);
        assertThat(pdf.get(10, TimeUnit.SECONDS)).as("a stopped turn has no result").isEmpty();
        assertThat(order).containsExactly("pdf ends", "page");
    }

    @Test
    void workNotYetStoppableIsWaitedForAndStoppedTheMomentItMayBe() throws Exception {
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch pageWaits = new CountDownLatch(1);
        CompletableFuture<Optional<String>> pdf = CompletableFuture.supplyAsync(() -> turns.background(turn -> {
            loading.countDown();
            await(pageWaits, 30); // loading asciidoctor-pdf: never stopped
            sleep(200); // by now the page render is counted as waiting
            turn.stoppableBy(() -> order.add("stopped"));
            order.add(turn.stopped() ? "pdf skipped" : "pdf converted");
            return "pdf";
        }));
        assertThat(loading.await(10, TimeUnit.SECONDS)).isTrue();
        pageWaits.countDown();

        turns.page(() -> order.add("page"));

        assertThat(pdf.get(10, TimeUnit.SECONDS)).isEmpty();
        assertThat(order).containsExactly("stopped", "pdf skipped", "page");
    }

    @Test
    void afterCloseNoBackgroundWorkRuns() {
        turns.close();

        assertThat(turns.background(turn -> order.add("pdf"))).isEmpty();
        assertThat(turns.page(() -> order.add("page"))).isTrue();
        assertThat(order).containsExactly("page");
    }

    private static void await(CountDownLatch latch, int seconds) {
        try {
            latch.await(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
