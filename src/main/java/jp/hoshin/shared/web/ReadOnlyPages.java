package jp.hoshin.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The one read-only transaction of a {@link ReadOnlyPage} handler also holds what the interceptors after it add to
 * the page's model (the municipality's branding): it begins before the first interceptor and ends after the last
 * one's {@code postHandle}, still before the template is written out. Before (issue 19), the branding was read in a
 * transaction of its own after the handler's: a second pooled connection, Hibernate session and commit per page.
 */
@Configuration(proxyBeanMethods = false)
class ReadOnlyPages implements WebMvcConfigurer, HandlerInterceptor {

    private static final String STATUS = ReadOnlyPages.class.getName() + ".status";

    private static final DefaultTransactionDefinition READ_ONLY = readOnly();

    /** Absent in a web slice test without a database: then the handler's own annotation is all there is. */
    private final ObjectProvider<PlatformTransactionManager> transactions;

    ReadOnlyPages(ObjectProvider<PlatformTransactionManager> transactions) {
        this.transactions = transactions;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // first to begin, last to end: every other interceptor's postHandle runs inside the transaction
        registry.addInterceptor(this).order(Ordered.HIGHEST_PRECEDENCE);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        PlatformTransactionManager manager = transactions.getIfAvailable();
        if (manager != null
                && handler instanceof HandlerMethod method
                && method.hasMethodAnnotation(ReadOnlyPage.class)
                && request.getAttribute(STATUS) == null) {
            request.setAttribute(STATUS, manager.getTransaction(READ_ONLY));
        }
        return true;
    }

    @Override
    public void postHandle(
            HttpServletRequest request,
            HttpServletResponse response,
            Object handler,
            @Nullable ModelAndView modelAndView) {
        end(request);
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, @Nullable Exception ex) {
        end(request); // when the handler failed, postHandle was not called
    }

    private void end(HttpServletRequest request) {
        if (request.getAttribute(STATUS) instanceof TransactionStatus status) {
            request.removeAttribute(STATUS);
            PlatformTransactionManager manager = transactions.getObject();
            if (status.isRollbackOnly()) {
                manager.rollback(status);
            } else {
                manager.commit(status);
            }
        }
    }

    private static DefaultTransactionDefinition readOnly() {
        DefaultTransactionDefinition definition = new DefaultTransactionDefinition();
        definition.setReadOnly(true);
        definition.setName(ReadOnlyPage.class.getSimpleName());
        return definition;
    }
}
