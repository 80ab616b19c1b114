package jp.hoshin.shared.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.FieldRefusal;
import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What was typed into a refused form, kept in the flash for the page the refusal redirects back to (a page with several
 * forms): the form's address, its fields as posted (hidden bookkeeping fields left out: the page shows the record's
 * current version, so the next save is checked against what is there now) and the message for each field that was
 * wrong. Templates read it through {@link TypedForms} ({@code @typed}). Serializable: the flash lives in the
 * database-backed session.
 */
public record TypedForm(
        String action, LinkedHashMap<String, ArrayList<String>> values, LinkedHashMap<String, String> errors)
        implements Serializable {

    /** The flash attribute the pages read. */
    public static final String FLASH = "typedForm";

    private static final Set<String> BOOKKEEPING = Set.of("_csrf", "_submission", "version", "departmentVersion");

    /**
     * Keeps the current request's form after a refusal: the message in the page's banner ({@code flashError}) and next to
     * the field it is about: the one a {@link FieldRefusal} names, or a form's only field (a reason, a note). Someone
     * else's change ({@link ConcurrentEditException}) is about the whole form: the banner only.
     */
    public static void keep(RedirectAttributes redirect, RuntimeException refusal) {
        redirect.addFlashAttribute("flashError", refusal.getMessage());
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            redirect.addFlashAttribute(FLASH, refused(request.getRequest(), refusal));
        }
    }

    /** Keeps the current request's form with the banner message and the messages by field (field name or name[i]). */
    public static void keep(RedirectAttributes redirect, @Nullable String message, Map<String, String> errors) {
        redirect.addFlashAttribute("flashError", message);
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            redirect.addFlashAttribute(FLASH, of(request.getRequest(), errors));
        }
    }

    /**
     * The current request's form after a business rule's refusal: the message goes next to the field it names, or else
     * next to the form's only field (a reason, a name), and in the banner in any case.
     */
    public static TypedForm refused(HttpServletRequest request, RuntimeException refusal) {
        TypedForm typed = of(request, Map.of());
        String message = refusal.getMessage();
        if (message == null || refusal instanceof ConcurrentEditException) {
            return typed; // someone else's change is about the whole form: the banner only
        }
        String field = refusal instanceof FieldRefusal f
                ? f.field()
                : refusal instanceof BusinessRuleException b ? b.field() : null;
        if (field != null) {
            typed.errors().put(field, message);
        } else if (typed.values().size() == 1) {
            typed.errors().put(typed.values().keySet().iterator().next(), message);
        }
        return typed;
    }

    public static TypedForm of(HttpServletRequest request, Map<String, String> errors) {
        LinkedHashMap<String, ArrayList<String>> values = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> e : request.getParameterMap().entrySet()) {
            // a password is never kept: the flash lives in the session, in the database
            if (!BOOKKEEPING.contains(e.getKey())
                    && !e.getKey().toLowerCase(Locale.ROOT).contains("password")) {
                values.put(e.getKey(), new ArrayList<>(List.of(e.getValue())));
            }
        }
        return new TypedForm(
                request.getRequestURI().substring(request.getContextPath().length()),
                values,
                new LinkedHashMap<>(errors));
    }

    /** The typed value of a field if this is the refused form at {@code formAction}, else null. */
    @Nullable
    String value(String formAction, String name, int index) {
        if (!action.equals(formAction)) {
            return null;
        }
        List<String> typed = values.get(name);
        if (typed == null) {
            return "";
        }
        return index < typed.size() ? typed.get(index) : "";
    }

    /** The message for a field (name, or name[i] for the i-th of that name) of the refused form at {@code formAction}. */
    @Nullable
    String error(String formAction, String key) {
        return action.equals(formAction) ? errors.get(key) : null;
    }

    boolean isFor(String formAction) {
        return action.equals(formAction);
    }
}
