package jp.hoshin.municipality.web;

import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.hoshin.municipality.MunicipalityBrandings;
import jp.hoshin.municipality.MunicipalityView;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every public page of a municipality ({@code /m/{code}/…} with the municipality in its model) is shown as the
 * municipality's: {@link SiteBrand} goes into the model for the layout. Staff pages keep the deployment's name.
 */
@Component
class PublicBranding implements WebMvcConfigurer, HandlerInterceptor {

    /** Absent only in web-slice tests, whose pages then carry the deployment's name. */
    private final Supplier<@Nullable MunicipalityBrandings> brandings;

    PublicBranding(ObjectProvider<MunicipalityBrandings> brandings) {
        this.brandings = SingletonSupplier.of(brandings::getIfAvailable);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/m/**");
    }

    @Override
    public void postHandle(
            HttpServletRequest request,
            HttpServletResponse response,
            Object handler,
            @Nullable ModelAndView modelAndView) {
        if (modelAndView != null && !isRedirect(modelAndView)) {
            describe(modelAndView.getModel());
        }
    }

    /** Adds the brand of the model's municipality, if it has one. */
    void describe(Map<String, Object> model) {
        MunicipalityBrandings stored = brandings.get();
        if (stored != null
                && model.get("municipality") instanceof MunicipalityView m
                && !model.containsKey(SiteBrand.MODEL_KEY)) {
            model.put(SiteBrand.MODEL_KEY, SiteBrand.of(m, stored.branding(m)));
        }
    }

    private static boolean isRedirect(ModelAndView mav) {
        String name = mav.getViewName();
        return name != null && name.startsWith("redirect:");
    }
}
