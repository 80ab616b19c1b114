package jp.hoshin.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Six sheets created at the same moment (six staff choosing targets at once) each get their own number; before, five
 * of them failed with a duplicate max + 1 (HTTP 500). Commits for real (threads), so the sheets are removed afterwards.
 */
@SpringBootTest
class ConcurrentNumberingTest {

    @Autowired
    Evaluations evaluations;

    @Autowired
    JdbcTemplate jdbc;

    private final List<Long> created = new ArrayList<>();

    @Test
    void sixSheetsCreatedAtOnceGetSixNumbers() throws Exception {
        int threads = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<EvaluationSheetView>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                String name = "同時作成テスト" + i;
                Callable<EvaluationSheetView> task = () -> {
                    start.await();
                    return evaluations.create("990001", 2024, "seisaku-keiei", SheetContent.named(name, null), "test");
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            List<Integer> numbers = new ArrayList<>();
            for (Future<EvaluationSheetView> f : results) {
                EvaluationSheetView sheet = f.get();
                created.add(sheet.id());
                numbers.add(sheet.number());
            }
            assertThat(numbers).doesNotHaveDuplicates().hasSize(threads);
        } finally {
            pool.shutdownNow();
        }
    }

    @AfterEach
    void removeTheSheets() {
        for (long id : created) {
            jdbc.update("delete from evaluation_sheet_step where sheet_id = ?", id);
            jdbc.update("delete from evaluation_sheet where id = ?", id);
        }
    }
}
