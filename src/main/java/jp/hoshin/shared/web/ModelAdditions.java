package jp.hoshin.shared.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Adds values to the model of the pages under some paths, after their handler and before their view is written
 * (inside a {@link ReadOnlyPage}'s transaction). Only the pages that show a value pay for it, unlike a
 * {@code @ModelAttribute} of a {@code @ControllerAdvice}, which every controller's request invokes; a redirect gets
 * nothing (its model would become the target's query parameters).
 */
public abstract class ModelAdditions implements WebMvcConfigurer, HandlerInterceptor {

    private final String[] paths;

    protected ModelAdditions(String... paths) {
        this.paths = paths.clone();
    }

    /** Adds this page's values to its model. */
    protected abstract void add(HttpServletRequest request, Map<String, Object> model);

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns(paths);
    }

    @Override
    public void postHandle(
            HttpServletRequest request,
            HttpServletResponse response,
            Object handler,
            @Nullable ModelAndView modelAndView) {
        if (modelAndView != null && !isRedirect(modelAndView)) {
            add(request, modelAndView.getModel());
        }
    }

    private static boolean isRedirect(ModelAndView mav) {
        String name = mav.getViewName();
        return name != null && name.startsWith("redirect:");
    }
}
