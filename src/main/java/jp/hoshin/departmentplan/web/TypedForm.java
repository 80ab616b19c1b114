package jp.hoshin.departmentplan.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;

/**
 * What was typed into one form of the plan page that was refused, kept in the flash for the page the refusal leads back
 * to: the form's address and its fields as posted (hidden bookkeeping fields left out: the page shows the record's
 * current version, so the next save is checked against what is there now). Serializable: the flash lives in the
 * database-backed session.
 */
public record TypedForm(String action, LinkedHashMap<String, ArrayList<String>> values) implements Serializable {

    static final String FLASH = "typedForm";

    private static final Set<String> BOOKKEEPING = Set.of("_csrf", "_submission", "version", "departmentVersion");

    static TypedForm of(HttpServletRequest request) {
        LinkedHashMap<String, ArrayList<String>> values = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> e : request.getParameterMap().entrySet()) {
            if (!BOOKKEEPING.contains(e.getKey())) {
                values.put(e.getKey(), new ArrayList<>(List.of(e.getValue())));
            }
        }
        return new TypedForm(
                request.getRequestURI().substring(request.getContextPath().length()), values);
    }

    /** The typed value of a field if this is the refused form at {@code action}, else null. */
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

    boolean isFor(String formAction) {
        return action.equals(formAction);
    }
}
