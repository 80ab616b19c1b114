package jp.hoshin.municipality.web;

import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import jp.hoshin.municipality.MunicipalityBrandings;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.shared.web.ModelAdditions;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Every public page of a municipality ({@code /m/{code}/…} with the municipality in its model) is shown as the
 * municipality's: {@link SiteBrand} goes into the model for the layout. Staff pages keep the deployment's name.
 */
@Component
class PublicBranding extends ModelAdditions {

    /** Absent only in web-slice tests, whose pages then carry the deployment's name. */
    private final Supplier<@Nullable MunicipalityBrandings> brandings;

    PublicBranding(ObjectProvider<MunicipalityBrandings> brandings) {
        super("/m/**");
        this.brandings = SingletonSupplier.of(brandings::getIfAvailable);
    }

    @Override
    protected void add(HttpServletRequest request, Map<String, Object> model) {
        describe(model);
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
}
