package jp.hoshin.identity.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.hoshin.shared.FieldRefusal;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.web.TypedForm;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Sends the user back to the sign-in page; every failure gets the same answer (see StaffAuthenticationProvider). The
 * user name typed comes back in its field (the flash, {@link TypedForm}; the password never), the answer next to the
 * password.
 */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

    private final FlashMapManager flashes = new SessionFlashMapManager();

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        FlashMap flash = new FlashMap();
        flash.put(
                TypedForm.FLASH,
                TypedForm.refused(request, new FieldRefusal("password", Messages.get("login.error.bad"))));
        flash.setTargetRequestPath(request.getContextPath() + "/login");
        flashes.saveOutputFlashMap(flash, request, response);
        response.sendRedirect(request.getContextPath() + "/login?error");
    }
}
