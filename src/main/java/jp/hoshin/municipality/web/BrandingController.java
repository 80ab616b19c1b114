package jp.hoshin.municipality.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import jp.hoshin.identity.Access;
import jp.hoshin.municipality.AccentColour;
import jp.hoshin.municipality.BrandingView;
import jp.hoshin.municipality.LogoImage;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityBrandings;
import jp.hoshin.municipality.MunicipalityBrandings.LogoChange;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.NotFoundException;
import jp.hoshin.shared.web.UserFacing;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A municipality's look: its planning section sets the accent colour and logo on the settings page (a section of its
 * own, {@code fragments/branding-settings.html}); the public pages read the logo and the colour's stylesheet here.
 */
@Controller
class BrandingController {

    private final Municipalities municipalities;
    private final MunicipalityBrandings brandings;
    private final Access access;

    BrandingController(Municipalities municipalities, MunicipalityBrandings brandings, Access access) {
        this.municipalities = municipalities;
        this.brandings = brandings;
        this.access = access;
    }

    /** What was typed, brought back to the settings page with the errors next to the fields. */
    public record BrandingInput(String accentColour, boolean removeLogo, long version) implements Serializable {}

    /** The logo as stored; its fingerprint is in the address, so the image never changes under it. */
    @GetMapping("/m/{code}/logo/{sha256:[0-9a-f]{64}}")
    ResponseEntity<byte[]> logo(@PathVariable String code, @PathVariable String sha256) {
        MunicipalityView m = municipalities.get(code);
        BrandingView branding = brandings.branding(m);
        byte[] image = brandings
                .logo(m, sha256)
                .orElseThrow(() -> new NotFoundException(Messages.get("error.notFound.detail")));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(
                        branding.logoType() != null ? branding.logoType() : MediaType.APPLICATION_OCTET_STREAM_VALUE))
                .cacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .header("X-Content-Type-Options", "nosniff")
                .body(image);
    }

    /** The accent colour as a stylesheet (the site's policy allows no inline styles); the address carries the version. */
    @GetMapping(value = "/m/{code}/theme.css", produces = "text/css")
    ResponseEntity<String> theme(@PathVariable String code) {
        MunicipalityView m = municipalities.get(code);
        AccentColour colour = brandings.branding(m).accentColour();
        String css = colour == null
                ? ""
                : ":root { --brand: " + colour.hex() + "; --brand-dark: " + colour.darker() + "; }\n";
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("text/css;charset=UTF-8"))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic())
                .body(css);
    }

    @PostMapping("/staff/m/{code}/settings/branding")
    String save(
            @PathVariable String code,
            @RequestParam(defaultValue = "") String accentColour,
            @RequestParam(defaultValue = "false") boolean removeLogo,
            @RequestParam(defaultValue = "-1") long version,
            @RequestParam(name = "logo", required = false) @Nullable MultipartFile logo,
            RedirectAttributes redirect)
            throws IOException {
        MunicipalityView m = municipalities.get(code);
        access.requireAdminister(m.code());
        String back = "redirect:/staff/m/" + m.code() + "/settings#branding";
        Map<String, String> errors = new LinkedHashMap<>();
        AccentColour colour = null;
        if (!accentColour.isBlank()) {
            try {
                colour = AccentColour.parse(accentColour);
            } catch (IllegalArgumentException e) {
                errors.put("accentColour", refusal(e));
            }
        }
        LogoChange change = removeLogo ? new LogoChange.Remove() : new LogoChange.Keep();
        if (logo != null && !logo.isEmpty()) {
            if (logo.getSize() > LogoImage.MAX_BYTES) {
                errors.put(
                        "logo",
                        Messages.get(
                                "municipality.branding.logo.tooLarge", String.valueOf(LogoImage.MAX_BYTES / 1024)));
            } else {
                try {
                    change = new LogoChange.Replace(LogoImage.of(logo.getBytes()));
                } catch (IllegalArgumentException e) {
                    errors.put("logo", refusal(e));
                }
            }
        }
        if (errors.isEmpty()) {
            try {
                brandings.save(m, version, colour, change);
                redirect.addFlashAttribute("flash", Messages.get("municipality.branding.saved"));
                return back;
            } catch (ConcurrentEditException e) {
                errors.put("form", e.getMessage());
            }
        }
        redirect.addFlashAttribute("flashError", Messages.get("form.errors"));
        redirect.addFlashAttribute("brandingInput", new BrandingInput(accentColour, removeLogo, version));
        redirect.addFlashAttribute("brandingErrors", new LinkedHashMap<>(errors));
        return back;
    }

    private static String refusal(IllegalArgumentException e) {
        String message = UserFacing.message(e);
        return message != null ? message : Messages.get("error.400.lead");
    }
}
