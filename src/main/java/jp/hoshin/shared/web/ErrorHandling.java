package jp.hoshin.shared.web;

import java.sql.SQLException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.FieldRefusal;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Turns refusals into what the user can read: a Japanese error page for pages, an RFC 9457
 * problem detail for {@code /api/**}. Nothing personal goes into a message or the log, and no
 * exception text of a library or the server reaches the user (see {@link UserFacing#message}).
 */
@ControllerAdvice
class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    private final ErrorStatus errors;

    ErrorHandling(ErrorStatus errors) {
        this.errors = errors;
    }

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    Object notFound(Exception e, HttpServletRequest request, HttpServletResponse response) {
        TextBinding.TextRefused refused = TextBinding.TextErrors.refusal(e);
        if (refused != null) {
            return textRefused(refused, e, request, response);
        }
        String message = e instanceof NotFoundException ? e.getMessage() : Messages.get("error.notFound.detail");
        return errors.respond(request, response, 404, Messages.get("problem.notFound.title"), message, null);
    }

    @ExceptionHandler(AccessDeniedException.class)
    Object forbidden(AccessDeniedException e, HttpServletRequest request, HttpServletResponse response) {
        return errors.respond(
                request, response, 403, Messages.get("problem.forbidden.title"), UserFacing.message(e), null);
    }

    @ExceptionHandler({ConcurrentEditException.class, ObjectOptimisticLockingFailureException.class})
    Object conflict(Exception e, HttpServletRequest request, HttpServletResponse response) {
        return errors.respond(
                request,
                response,
                409,
                Messages.get("error.conflict.title"),
                new ConcurrentEditException().getMessage(),
                null);
    }

    /** Two saves of the same thing at the same moment (a unique key taken in between): the user may simply try again. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    Object collided(DataIntegrityViolationException e, HttpServletRequest request, HttpServletResponse response) {
        if (e.getMostSpecificCause() instanceof SQLException sql
                && sql.getSQLState() != null
                && sql.getSQLState().startsWith("22")) {
            // a value the database cannot store (too long for its column, a character it refuses): the input's fault
            log.warn("Refused a value on {}: SQLState {}", request.getRequestURI(), sql.getSQLState());
            return errors.respond(request, response, 400, null, Messages.get("error.badText.detail"), null);
        }
        log.warn(
                "Refused a write on {} that collided with another: {}",
                request.getRequestURI(),
                e.getMostSpecificCause().getClass().getName());
        return errors.respond(request, response, 409, null, null, null);
    }

    /**
     * The second submission of a form (see {@link DuplicateSubmissionGuard}): a signed-in staff member goes back to
     * the page with the reason; anyone else reads it on a 409 page. The first submission did the work.
     */
    @ExceptionHandler(DuplicateSubmissionGuard.DuplicateSubmission.class)
    Object duplicate(
            DuplicateSubmissionGuard.DuplicateSubmission e, HttpServletRequest request, HttpServletResponse response) {
        String message = Messages.get("error.duplicateSubmission.detail");
        if (e.back() != null && request.getUserPrincipal() != null) {
            FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
            flash.put("flashError", message);
            RequestContextUtils.saveOutputFlashMap(e.back(), request, response);
            return new ModelAndView(new RedirectView(e.back(), false, false));
        }
        return errors.respond(request, response, 409, Messages.get("error.duplicateSubmission.title"), message, null);
    }

    /**
     * A business rule refused what was asked. A member of staff who sent a form from one of the staff pages goes back to
     * that page with the reason and what they typed ({@link TypedForm}: the page's form shows it again where it reads
     * {@code @typed}; nothing was saved, the transaction rolled back); anyone else, and the API, get a Japanese 409.
     */
    @ExceptionHandler(BusinessRuleException.class)
    Object refused(BusinessRuleException e, HttpServletRequest request, HttpServletResponse response) {
        ModelAndView back = backToTheForm(e, request, response);
        return back != null
                ? back
                : errors.respond(
                        request, response, 409, Messages.get("error.businessRule.title"), e.getMessage(), null);
    }

    /**
     * A signed-in staff form's refusal goes back to the page the form was on, with the reason in the banner and next to
     * the field it names, and what was typed ({@link TypedForm}, never a password); null for anyone else, the API, or
     * a request from no page of this site.
     */
    private static @Nullable ModelAndView backToTheForm(
            RuntimeException refusal, HttpServletRequest request, HttpServletResponse response) {
        String back = "POST".equals(request.getMethod()) && request.getUserPrincipal() != null
                ? DuplicateSubmissionGuard.sameSitePath(request)
                : null;
        if (back == null
                || !back.startsWith("/staff")
                || request.getRequestURI().startsWith("/api/")) {
            return null;
        }
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put("flashError", refusal.getMessage());
        flash.put(TypedForm.FLASH, TypedForm.refused(request, refusal));
        RequestContextUtils.saveOutputFlashMap(back, request, response);
        return new ModelAndView(new RedirectView(back, false, false));
    }

    /**
     * A text refused while binding a plain request parameter (a control character, or longer than any field takes): a
     * staff form goes back to its page with the message next to that parameter and everything typed; else the 400
     * page.
     */
    private Object textRefused(
            TextBinding.TextRefused refused, Exception e, HttpServletRequest request, HttpServletResponse response) {
        String parameter = e instanceof MethodArgumentTypeMismatchException m
                ? m.getName()
                : e instanceof TypeMismatchException t ? t.getPropertyName() : null;
        ModelAndView back = parameter == null
                ? null
                : backToTheForm(new FieldRefusal(parameter, refused.getMessage()), request, response);
        return back != null ? back : errors.respond(request, response, 400, null, refused.getMessage(), null);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    Object badRequest(IllegalArgumentException e, HttpServletRequest request, HttpServletResponse response) {
        log.debug("Bad request on {}: {}", request.getRequestURI(), e.getMessage());
        return errors.respond(
                request, response, 400, Messages.get("error.badInput.title"), UserFacing.message(e), null);
    }

    @ExceptionHandler({MaxUploadSizeExceededException.class, MultipartException.class})
    Object upload(MultipartException e, HttpServletRequest request, HttpServletResponse response) {
        int status = e instanceof MaxUploadSizeExceededException ? 413 : 400;
        return errors.respond(request, response, status, null, null, null);
    }

    /**
     * Everything else: Spring's own refusals (405 with its Allow header, 400, 404, 406, 415 …) with their status and a
     * Japanese text; anything unexpected as 500, logged with its stack trace and shown without its text.
     */
    @ExceptionHandler(Exception.class)
    Object other(Exception e, HttpServletRequest request, HttpServletResponse response) throws Exception {
        if (e instanceof AuthenticationException) {
            throw e;
        }
        TextBinding.TextRefused refused = TextBinding.TextErrors.refusal(e);
        if (refused != null) {
            return textRefused(refused, e, request, response);
        }
        if (e instanceof HttpMessageNotReadableException
                || e instanceof TypeMismatchException
                || e instanceof BindException) {
            // a body or parameter that cannot be read (wrong JSON type, broken JSON): the request's fault (found by
            // fuzzing)
            log.debug(
                    "Unreadable request on {}: {}",
                    request.getRequestURI(),
                    e.getClass().getName());
            String own = null;
            for (Throwable t = e.getCause(); t != null && own == null; t = t.getCause()) {
                own = t instanceof IllegalArgumentException ? UserFacing.message(t) : null;
            }
            return errors.respond(request, response, 400, null, own, null);
        }
        if (e instanceof ErrorResponse refusal) {
            refusal.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
            int status = refusal.getStatusCode().value();
            if (status >= 500) {
                log.error("Request {} failed", request.getRequestURI(), e);
            }
            return errors.respond(request, response, status, null, null, null);
        }
        log.error("Request {} failed", request.getRequestURI(), e);
        return errors.respond(request, response, HttpStatus.INTERNAL_SERVER_ERROR.value(), null, null, null);
    }
}
