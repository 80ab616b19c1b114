package jp.hoshin.shared.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import jp.hoshin.shared.exchange.ExchangeProblem;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

import static org.assertj.core.api.Assertions.assertThat;

/** A workbook taken back on a staff page: what the user reads after the redirect (messages of the evaluation sheets). */
class WorkbookUploadsTest {

    private static final WorkbookUploads.MessageKeys KEYS = new WorkbookUploads.MessageKeys(
            "evaluation.import.noFile",
            "evaluation.import.flash.unchanged",
            "evaluation.import.flash.changed",
            "evaluation.import.flash.rejected");
    private static final String BACK = "redirect:/staff/m/132047/2020/evaluations";

    private final RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();

    @Test
    void noFileAsksForOneAndImportsNothing() throws Exception {
        AtomicReference<byte[]> imported = new AtomicReference<>();
        MockMultipartFile empty = new MockMultipartFile("file", "a.xlsx", null, new byte[0]);

        assertThat(WorkbookUploads.upload(empty, BACK, KEYS, redirect, b -> {
                    imported.set(b);
                    return new WorkbookUploads.Result(List.of(), 0);
                }))
                .isEqualTo(BACK);
        assertThat(WorkbookUploads.upload(null, BACK, KEYS, redirect, b -> {
                    imported.set(b);
                    return new WorkbookUploads.Result(List.of(), 0);
                }))
                .isEqualTo(BACK);

        assertThat(imported.get()).isNull();
        assertThat(flash(redirect)).containsEntry("flashError", "取り込む Excel ファイルを選んでください。");
    }

    @Test
    void aTakenWorkbookSaysHowManyRecordsChanged() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "a.xlsx", null, new byte[] {1, 2, 3});

        WorkbookUploads.upload(file, BACK, KEYS, redirect, b -> {
            assertThat(b).containsExactly(1, 2, 3);
            return new WorkbookUploads.Result(List.of(), 1_200);
        });
        assertThat(flash(redirect)).containsEntry("flash", "取り込みました。変更した評価シート: 1200 件。");

        RedirectAttributesModelMap unchanged = new RedirectAttributesModelMap();
        WorkbookUploads.upload(file, BACK, KEYS, unchanged, b -> new WorkbookUploads.Result(List.of(), 0));
        assertThat(flash(unchanged)).containsEntry("flash", "取り込みました（変更はありませんでした）。");
    }

    @Test
    void aRefusedWorkbookListsEveryProblemWhereTheUserFindsIt() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "a.xlsx", null, new byte[] {1});

        WorkbookUploads.upload(
                file,
                BACK,
                KEYS,
                redirect,
                b -> new WorkbookUploads.Result(
                        List.of(
                                new ExchangeProblem("「001」シート", 5, "C", null, "事業名を入力してください。"),
                                ExchangeProblem.ofFile("別の年度のファイルです。")),
                        0));

        assertThat(flash(redirect))
                .containsEntry("flashError", "取り込めませんでした。次の誤りを直して、もう一度取り込んでください（何も保存していません）。")
                .doesNotContainKey("flash");
        assertThat((List<?>) redirect.getFlashAttributes().get("workbookProblems"))
                .hasSize(2)
                .first()
                .asString()
                .contains("「001」シート", "5行目", "C列", "事業名を入力してください。");
        assertThat(redirect.getFlashAttributes().get("workbookProblems")).isInstanceOf(java.io.Serializable.class);
    }

    private static Map<String, Object> flash(RedirectAttributesModelMap redirect) {
        return new HashMap<>(redirect.getFlashAttributes());
    }
}
