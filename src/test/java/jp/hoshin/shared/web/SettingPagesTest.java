package jp.hoshin.shared.web;

import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A municipality's setting saved from its page: saved, or the page comes back saying why. */
class SettingPagesTest {

    private static final String STALE = "この内容は、あなたが編集している間に他の職員が更新しました。最新の内容を読み込み直してから、もう一度保存してください。";

    private final Errors errors = new BeanPropertyBindingResult(new Object(), "form");

    @Test
    void aSaveThatGoesThroughLeavesTheFormWithoutErrors() {
        assertThat(SettingPages.saved(errors, () -> {})).isTrue();
        assertThat(errors.hasErrors()).isFalse();
    }

    @Test
    void aStaleVersionOrARowCreatedMeanwhileSaysSomeoneElseSavedFirst() {
        assertThat(SettingPages.saved(errors, () -> {
                    throw new ConcurrentEditException();
                }))
                .isFalse();
        assertThat(SettingPages.saved(errors, () -> {
                    throw new DataIntegrityViolationException("duplicate key");
                }))
                .isFalse();
        assertThat(errors.getGlobalErrors())
                .extracting(e -> e.getDefaultMessage())
                .containsExactly(STALE, STALE);
    }

    @Test
    void onlyTheNamedRefusalsComeBackOnThePage() {
        assertThat(SettingPages.saved(
                        errors,
                        () -> {
                            throw new IllegalArgumentException("年度の列は1つ以上必要です。");
                        },
                        IllegalArgumentException.class))
                .isFalse();
        assertThat(errors.getGlobalError().getDefaultMessage()).isEqualTo("年度の列は1つ以上必要です。");

        assertThatThrownBy(() -> SettingPages.saved(errors, () -> {
                    throw new IllegalArgumentException("x");
                }))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SettingPages.saved(
                        errors,
                        () -> {
                            throw new BusinessRuleException("y");
                        },
                        IllegalArgumentException.class))
                .isInstanceOf(BusinessRuleException.class);
    }
}
