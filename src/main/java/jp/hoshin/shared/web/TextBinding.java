package jp.hoshin.shared.web;

import java.beans.PropertyEditorSupport;

import jp.hoshin.shared.InputText;
import jp.hoshin.shared.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeansException;
import org.springframework.beans.PropertyAccessException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.support.WebBindingInitializer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * Every text a form or request parameter binds passes {@link InputText}: bidirectional overrides are removed, control
 * characters (a NUL made PostgreSQL fail with HTTP 500) and text beyond {@link InputText#MAX_LENGTH} are refused. On a
 * form the refusal is a message next to the field, with what was typed shown again (without the control characters);
 * a plain request parameter is a 400 page in Japanese.
 *
 * <p>The check is added to the handler adapter's binding initializer, which every data binder passes. As a global
 * {@code @InitBinder} method it cost every request a tenth of a millisecond even when nothing was bound: Spring builds
 * a handler method for each such advice method on each request (3.5 % of the uncached department list, issue 19). It
 * stays a controller advice so that web slice tests, which take controller advice, check text as well.
 */
@ControllerAdvice
class TextBinding implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
        if (bean instanceof RequestMappingHandlerAdapter adapter
                && !(adapter.getWebBindingInitializer() instanceof CheckingText)) {
            adapter.setWebBindingInitializer(new CheckingText(adapter.getWebBindingInitializer()));
        }
        return bean;
    }

    /** Spring's own initialization of a binder (conversion, validation), then the text check. */
    private record CheckingText(@Nullable WebBindingInitializer defaults) implements WebBindingInitializer {

        @Override
        public void initBinder(WebDataBinder binder) {
            if (defaults != null) {
                defaults.initBinder(binder);
            }
            checkText(binder);
        }
    }

    static void checkText(WebDataBinder binder) {
        // the target may not exist yet (a form constructed while binding): its declared type tells then
        Object target = binder.getTarget();
        Class<?> type = target != null
                ? target.getClass()
                : binder.getTargetType() != null ? binder.getTargetType().resolve() : null;
        if (type != null && type.isAnnotationPresent(FieldBound.class)) {
            binder.initDirectFieldAccess();
        }
        binder.registerCustomEditor(String.class, new CheckedText());
        binder.setBindingErrorProcessor(new TextErrors());
    }

    /** The refusal of one text, carrying the Japanese message and what the form shows again. */
    static final class TextRefused extends IllegalArgumentException {

        private final String shownAgain;

        TextRefused(String message, String shownAgain) {
            super(message);
            this.shownAgain = shownAgain;
        }

        String shownAgain() {
            return shownAgain;
        }
    }

    static final class CheckedText extends PropertyEditorSupport {

        @Override
        public void setAsText(@Nullable String text) {
            if (text == null) {
                setValue(null);
                return;
            }
            String clean = InputText.withoutBidiOverrides(text);
            String problem = InputText.problem(null, clean, InputText.MAX_LENGTH);
            if (problem != null) {
                String shown = InputText.withoutForbiddenControls(clean);
                throw new TextRefused(
                        shown.length() < clean.length() ? Messages.get("input.controlsRemoved", problem) : problem,
                        shown);
            }
            setValue(clean);
        }

        @Override
        public String getAsText() {
            return getValue() == null ? "" : getValue().toString();
        }
    }

    /** A refused text becomes a field error with the message and the text to show again; other failures as before. */
    static final class TextErrors extends DefaultBindingErrorProcessor {

        @Override
        public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
            TextRefused refused = refusal(ex);
            if (refused == null) {
                super.processPropertyAccessException(ex, bindingResult);
                return;
            }
            String field = ex.getPropertyName();
            String[] codes = bindingResult.resolveMessageCodes("inputText", field);
            bindingResult.addError(new FieldError(
                    bindingResult.getObjectName(),
                    field,
                    refused.shownAgain(),
                    true,
                    codes,
                    null,
                    refused.getMessage()));
        }

        static @Nullable TextRefused refusal(@Nullable Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof TextRefused r) {
                    return r;
                }
            }
            return null;
        }
    }
}
