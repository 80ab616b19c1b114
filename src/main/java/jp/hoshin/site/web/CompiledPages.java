package jp.hoshin.site.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import jp.hoshin.shared.HoshinMode;
import jp.hoshin.shared.web.TypedForms;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Pages written by compiled templates: a controller returns {@code "jte:site/departments"} and the template
 * {@code src/main/jte/site/departments.jte}, compiled to Java at build time (jte-maven-plugin), writes it with the model's
 * attributes as its parameters and {@code page} ({@link PageParts}) for links, texts and the signed-in state. The public
 * pages read most are written this way: Thymeleaf took a quarter to two fifths of their uncached CPU (issue 19). Every other view
 * name is left to Thymeleaf.
 */
@Component
class CompiledPages implements ViewResolver, Ordered {

    static final String PREFIX = "jte:";

    /** messages.properties has about 3,000 texts: room for all of them in three locales. */
    private static final int TEXTS_REMEMBERED = 10_000;

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
    private final PageTexts texts;
    private final HoshinMode mode;
    private final Supplier<@Nullable RequestDataValueProcessor> forms;
    private final TypedForms typed;

    /** The content-hashed names of {@code /assets/…}, by path (the same on every instance of one build). */
    private final Map<String, String> assets = new ConcurrentHashMap<>();

    CompiledPages(
            MessageSource messages,
            HoshinMode mode,
            ObjectProvider<RequestDataValueProcessor> forms,
            TypedForms typed) {
        this.texts = new PageTexts(messages, TEXTS_REMEMBERED);
        this.mode = mode;
        this.forms = SingletonSupplier.of(forms::getIfAvailable);
        this.typed = typed;
    }

    @Override
    public @Nullable View resolveViewName(String viewName, Locale locale) {
        return viewName.startsWith(PREFIX) ? new Page(viewName.substring(PREFIX.length()) + ".jte") : null;
    }

    /** Before Thymeleaf's resolver, which would take any name. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    private final class Page implements View {

        private final String template;

        Page(String template) {
            this.template = template;
        }

        @Override
        public String getContentType() {
            return MediaType.TEXT_HTML_VALUE + ";charset=UTF-8";
        }

        @Override
        public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                throws IOException {
            Map<String, Object> params = model == null ? new HashMap<>() : new HashMap<>(model);
            params.put(
                    "page",
                    new PageParts(
                            engine,
                            typed,
                            assets,
                            request,
                            response,
                            texts,
                            LocaleContextHolder.getLocale(),
                            mode.publicOnly(),
                            forms.get(),
                            params.get("unreadNotifications") instanceof Integer n ? n : null));
            PageBytes bytes = new PageBytes(16 * 1024);
            engine.render(template, params, bytes);
            response.setContentType(getContentType());
            response.setContentLength(bytes.length());
            bytes.writeTo(response.getOutputStream());
        }
    }
}
