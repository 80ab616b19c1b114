package jp.hoshin.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Puts a fresh one-time token ({@link SubmissionTokens#FIELD}) into every form rendered with a POST action, by
 * wrapping Spring Security's {@link RequestDataValueProcessor} (the one that writes the CSRF field).
 */
@Component
class SubmissionTokenFields implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
        if (bean instanceof RequestDataValueProcessor processor && !(bean instanceof WithToken)) {
            return new WithToken(processor);
        }
        return bean;
    }

    /**
     * Adds the token where the CSRF field goes: Spring Security leaves the CSRF field out of GET forms (search
     * boxes), and so does this.
     */
    private record WithToken(RequestDataValueProcessor delegate) implements RequestDataValueProcessor {

        @Override
        public String processAction(HttpServletRequest request, String action, String httpMethod) {
            return delegate.processAction(request, action, httpMethod);
        }

        @Override
        public String processFormFieldValue(
                HttpServletRequest request, @Nullable String name, String value, String type) {
            return delegate.processFormFieldValue(request, name, value, type);
        }

        @Override
        public @Nullable Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
            Map<String, String> fields = delegate.getExtraHiddenFields(request);
            if (fields == null || fields.isEmpty()) {
                return fields;
            }
            Map<String, String> withToken = new LinkedHashMap<>(fields);
            withToken.put(SubmissionTokens.FIELD, UUID.randomUUID().toString());
            return withToken;
        }

        @Override
        public String processUrl(HttpServletRequest request, String url) {
            return delegate.processUrl(request, url);
        }
    }
}
