package jp.hoshin.municipality.web;

import java.util.function.Supplier;

import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityBrandings;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.ui.Model;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The settings page's section 「公開ページの表示」 (fragments/branding-settings.html) reads the stored look from here, so
 * the settings controller itself does not change: the section is posted to {@link BrandingController}.
 */
@ControllerAdvice(assignableTypes = MunicipalityAdminController.class)
class BrandingSettingsModel {

    // providers: this advice is also made in web-slice tests of other controllers, where these beans are absent
    private final Supplier<@Nullable Municipalities> municipalities;
    private final Supplier<@Nullable MunicipalityBrandings> brandings;

    BrandingSettingsModel(
            ObjectProvider<Municipalities> municipalities, ObjectProvider<MunicipalityBrandings> brandings) {
        this.municipalities = SingletonSupplier.of(municipalities::getIfAvailable);
        this.brandings = SingletonSupplier.of(brandings::getIfAvailable);
    }

    @ModelAttribute
    void branding(@PathVariable(name = "code", required = false) @Nullable String code, Model model) {
        Municipalities known = municipalities.get();
        MunicipalityBrandings stored = brandings.get();
        if (code != null && known != null && stored != null) {
            known.find(code).ifPresent(m -> model.addAttribute("brandingSettings", stored.branding(m)));
        }
    }
}
