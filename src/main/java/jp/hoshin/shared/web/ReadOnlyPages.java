package jp.hoshin.shared.web;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The one read-only scope of a {@link ReadOnlyPage} handler (no database transaction: {@code shared
 * .PageReadTransactions}) also holds what the interceptors after it add to the page's model (the municipality's
 * branding): it begins before the first interceptor and ends after the last one's {@code postHandle}, still before the
 * template is written out. Before (issue 19), the branding was read in a transaction of its own after the handler's: a
 * second pooled connection, Hibernate session and commit per page.
 *
 * <p>When the handler fails, the scope is ended as the first exception resolver, before any error page is written:
 * writing a page may commit the response and with it the session, which Spring Session JDBC stores in a transaction of
 * its own (a second connection). Held open there, as many failing signed-in requests as the pool has connections
 * waited for each other until the pool's timeout.
 */
@Configuration(proxyBeanMethods = false)
class ReadOnlyPages implements WebMvcConfigurer, HandlerInterceptor {

    private static final String STATUS = ReadOnlyPages.class.getName() + ".status";

    private static final DefaultTransactionDefinition READ_ONLY = readOnly();

    /** Absent in a web slice test without a database: then the handler's own annotation is all there is. */
    private final Supplier<@Nullable PlatformTransactionManager> transactions;

    /** Whether a handler method's page gets the transaction, by method: its annotations, read once. */
    private final Map<Method, Boolean> pages = new ConcurrentHashMap<>();

    ReadOnlyPages(ObjectProvider<PlatformTransactionManager> transactions) {
        this.transactions = SingletonSupplier.of(transactions::getIfAvailable);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // first to begin, last to end: every other interceptor's postHandle runs inside the transaction
        registry.addInterceptor(this).order(Ordered.HIGHEST_PRECEDENCE);
    }

    @Override
    public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
        resolvers.addFirst(this::failed);
    }

    /** The first exception resolver: ends the transaction, then leaves the exception to the others. */
    @Nullable
    ModelAndView failed(
            HttpServletRequest request, HttpServletResponse response, @Nullable Object handler, Exception ex) {
        end(request, true);
        return null;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        PlatformTransactionManager manager = transactions.get();
        if (manager != null
                && handler instanceof HandlerMethod method
                && pages.computeIfAbsent(
                        method.getMethod(), m -> method.hasMethodAnnotation(ReadOnlyPage.class) && rendersAView(method))
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
        end(request, false);
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, @Nullable Exception ex) {
        end(request, ex != null); // if no exception resolver ran
    }

    /**
     * A handler that writes its answer itself (a response body) writes it before {@code postHandle}, and may commit the
     * response and the session there: its annotation's own transaction, ended when it returns, is the one it gets.
     */
    private static boolean rendersAView(HandlerMethod method) {
        return !method.hasMethodAnnotation(ResponseBody.class)
                && !AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class)
                && !HttpEntity.class.isAssignableFrom(method.getMethod().getReturnType());
    }

    private void end(HttpServletRequest request, boolean failed) {
        if (request.getAttribute(STATUS) instanceof TransactionStatus status) {
            request.removeAttribute(STATUS);
            PlatformTransactionManager manager = Objects.requireNonNull(transactions.get());
            if (failed || status.isRollbackOnly()) {
                manager.rollback(status);
            } else {
                manager.commit(status);
            }
        }
    }

    private static DefaultTransactionDefinition readOnly() {
        // no transaction: the page's statements run one by one on one connection (shared.PageReadTransactions)
        DefaultTransactionDefinition definition =
                new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_SUPPORTS);
        definition.setReadOnly(true);
        definition.setName(ReadOnlyPage.class.getSimpleName());
        return definition;
    }
}
