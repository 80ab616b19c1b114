package jp.hoshin.shared.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns refusals into what the user can read: a Japanese error page for pages, an RFC 9457
 * problem detail for {@code /api/**}. Nothing personal goes into a message or the log.
 */
@ControllerAdvice
class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    Object notFound(Exception e, HttpServletRequest request, HttpServletResponse response) {
        String message = e instanceof NotFoundException ? e.getMessage() : "指定されたページは見つかりませんでした。";
        return respond(request, response, HttpStatus.NOT_FOUND, "見つかりません", message, "error/error");
    }

    @ExceptionHandler(AccessDeniedException.class)
    Object forbidden(AccessDeniedException e, HttpServletRequest request, HttpServletResponse response) {
        return respond(request, response, HttpStatus.FORBIDDEN, "権限がありません", e.getMessage(), "error/error");
    }

    @ExceptionHandler({ConcurrentEditException.class, ObjectOptimisticLockingFailureException.class})
    Object conflict(Exception e, HttpServletRequest request, HttpServletResponse response) {
        return respond(request, response, HttpStatus.CONFLICT, "他の職員が先に更新しました", new ConcurrentEditException().getMessage(),
                "error/error");
    }

    @ExceptionHandler(BusinessRuleException.class)
    Object refused(BusinessRuleException e, HttpServletRequest request, HttpServletResponse response) {
        return respond(request, response, HttpStatus.CONFLICT, "この操作はできません", e.getMessage(), "error/error");
    }

    @ExceptionHandler(IllegalArgumentException.class)
    Object badRequest(IllegalArgumentException e, HttpServletRequest request, HttpServletResponse response) {
        log.debug("Bad request on {}: {}", request.getRequestURI(), e.getMessage());
        return respond(request, response, HttpStatus.BAD_REQUEST, "入力内容に誤りがあります", e.getMessage(), "error/error");
    }

    private static Object respond(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
                                  String detail, String view) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setTitle(title);
            problem.setInstance(URI.create(request.getRequestURI()));
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        response.setStatus(status.value());
        ModelAndView mav = new ModelAndView(view);
        mav.setStatus(status);
        mav.addObject("errorTitle", title);
        mav.addObject("message", detail);
        mav.addObject("status", status.value());
        return mav;
    }
}
