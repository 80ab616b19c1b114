package jp.hoshin.site.web;

import java.text.MessageFormat;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageTextsTest {

    private final CountingSource source = new CountingSource();

    @Test
    void aTextWithoutArgumentsIsLookedUpOnceForEachLocale() {
        PageTexts texts = new PageTexts(source, 100);

        assertThat(texts.text("site.top", new Object[0], Locale.JAPAN)).isEqualTo("トップ");
        assertThat(texts.text("site.top", new Object[0], Locale.JAPAN)).isEqualTo("トップ");
        assertThat(source.lookups).isEqualTo(1);
        assertThat(texts.text("site.top", new Object[0], Locale.ENGLISH)).isEqualTo("Top");
        assertThat(source.lookups).isEqualTo(2);
    }

    @Test
    void aTextWithArgumentsIsFormattedEveryTime() {
        PageTexts texts = new PageTexts(source, 100);

        assertThat(texts.text("site.count", new Object[] {"3"}, Locale.JAPAN)).isEqualTo("3件");
        assertThat(texts.text("site.count", new Object[] {"12"}, Locale.JAPAN)).isEqualTo("12件");
        assertThat(source.lookups).isEqualTo(2);
        assertThat(texts.size()).isZero();
    }

    @Test
    void pastItsLimitTextsAreLookedUpAsBefore() {
        PageTexts texts = new PageTexts(source, 1);

        texts.text("site.top", new Object[0], Locale.JAPAN);
        assertThat(texts.text("site.top", new Object[0], Locale.ENGLISH)).isEqualTo("Top");
        assertThat(texts.text("site.top", new Object[0], Locale.ENGLISH)).isEqualTo("Top");

        assertThat(texts.size()).isEqualTo(1);
        assertThat(source.lookups).isEqualTo(3);
    }

    @Test
    void anUnknownCodeFailsAsTheSourceFailsAndIsNotRemembered() {
        PageTexts texts = new PageTexts(source, 100);

        assertThatThrownBy(() -> texts.text("site.none", new Object[0], Locale.JAPAN))
                .isInstanceOf(NoSuchMessageException.class);
        assertThat(texts.size()).isZero();
    }

    private static final class CountingSource extends StaticMessageSource {

        int lookups;

        CountingSource() {
            addMessage("site.top", Locale.JAPAN, "トップ");
            addMessage("site.top", Locale.ENGLISH, "Top");
            addMessage("site.count", Locale.JAPAN, "{0}件");
        }

        @Override
        protected @Nullable String resolveCodeWithoutArguments(String code, Locale locale) {
            lookups++;
            return super.resolveCodeWithoutArguments(code, locale);
        }

        @Override
        protected @Nullable MessageFormat resolveCode(String code, Locale locale) {
            lookups++;
            return super.resolveCode(code, locale);
        }
    }
}
