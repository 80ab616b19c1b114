package jp.hoshin.policyplan;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.hoshin.policyplan.PolicyRows.ElementRow;
import org.jspecify.annotations.Nullable;

/**
 * The departments that own plan elements, read from 担当 as written (企画部企画経営課、都市整備部 / 全庁)
 * against the names of the municipality's current organisation: a token owned by the department whose
 * name begins it (the longest such name). 全庁 is every department ("*").
 */
public final class ElementOwners {

    /** Every department of the municipality. */
    public static final String EVERY_DEPARTMENT = "*";

    private final List<Map.Entry<String, String>> departments;

    ElementOwners(List<Map.Entry<String, String>> codeAndName) {
        this.departments = List.copyOf(codeAndName);
    }

    /** The organisation codes of the departments that own the element (empty when 担当 names none). */
    public List<String> of(ElementRow element) {
        return of(element.owners());
    }

    /** The same for 担当 as written ({@code null}: none). */
    public List<String> of(@Nullable String owners) {
        if (owners == null) {
            return List.of();
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String token : owners.split("[、,，]")) {
            String t = token.strip();
            if (t.equals("全庁")) {
                return List.of(EVERY_DEPARTMENT);
            }
            departments.stream()
                    .filter(d -> t.startsWith(d.getValue()))
                    .max(Comparator.comparingInt(d -> d.getValue().length()))
                    .ifPresent(d -> codes.add(d.getKey()));
        }
        return List.copyOf(codes);
    }
}
