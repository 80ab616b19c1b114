package jp.hoshin.municipality.web;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.hoshin.municipality.Municipalities;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.web.ErrorPageSite;
import org.springframework.stereotype.Component;

/**
 * An error under a municipality's public address ({@code /m/{code}/…}) is shown as that municipality's page: its name in
 * the header and a way back to its front page.
 */
@Component
class MunicipalityErrorPages implements ErrorPageSite {

    private static final Pattern PUBLIC_ADDRESS = Pattern.compile("^/m/([^/]+)(/.*)?$");

    private final Municipalities municipalities;
    private final PublicBranding branding;

    MunicipalityErrorPages(Municipalities municipalities, PublicBranding branding) {
        this.municipalities = municipalities;
        this.branding = branding;
    }

    @Override
    public void describe(String path, Map<String, Object> model) {
        Matcher m = PUBLIC_ADDRESS.matcher(path);
        if (!m.matches() || m.group(1).length() > 12) {
            return;
        }
        municipalities.find(m.group(1)).ifPresent(municipality -> {
            model.put("municipality", municipality);
            model.put(BACK_HREF, "/m/" + municipality.code() + "/");
            model.put(BACK_LABEL, Messages.get("site.error.backToMunicipality", municipality.name()));
            branding.describe(model);
        });
    }
}
