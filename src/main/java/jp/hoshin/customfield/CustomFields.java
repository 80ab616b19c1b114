package jp.hoshin.customfield;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.hoshin.municipality.Municipalities;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 独自項目 — the extra fields of a municipality: the planning section's definitions, the values of each plan, project
 * or sheet (checked like built-in fields), and the copy frozen at 確定 / 公表 that pages, PDFs and exports of published
 * data read. A municipality without definitions has no values and nothing frozen: its pages are as before.
 */
@Service
public class CustomFields {

    /** Form parameters of extra fields are named {@code extra.<definition id>}. */
    public static final String PARAMETER_PREFIX = "extra.";

    static final int MAX_LABEL_LENGTH = 40;
    static final int MAX_OPTION_LENGTH = 100;
    static final int MAX_FIELDS_PER_TARGET = 30;

    private final DefinitionRepository definitions;
    private final ValuesRepository values;
    private final Municipalities municipalities;

    CustomFields(DefinitionRepository definitions, ValuesRepository values, Municipalities municipalities) {
        this.definitions = definitions;
        this.values = values;
        this.municipalities = municipalities;
    }

    /** Every definition of the municipality, by target and order. */
    @Transactional(readOnly = true)
    public List<FieldDefinitionView> definitions(String code) {
        return definitions.findByMunicipalityCodeOrderByTargetAscPositionAscIdAsc(canonical(code)).stream()
                .map(FieldDefinition::view)
                .toList();
    }

    /** The definitions of one target, in their order. */
    @Transactional(readOnly = true)
    public List<FieldDefinitionView> definitions(String code, FieldTarget target) {
        return definitions.findByMunicipalityCodeAndTargetOrderByPositionAscIdAsc(canonical(code), target).stream()
                .map(FieldDefinition::view)
                .toList();
    }

    @Transactional
    public FieldDefinitionView define(String code, FieldTarget target, DefinitionDraft draft) {
        String m = canonical(code);
        check(draft);
        if (definitions.existsByMunicipalityCodeAndTargetAndLabel(m, target, draft.label())) {
            throw BusinessRuleException.about(
                    "label", Messages.get("customfield.definition.labelTaken", draft.label()));
        }
        if (definitions
                        .findByMunicipalityCodeAndTargetOrderByPositionAscIdAsc(m, target)
                        .size()
                >= MAX_FIELDS_PER_TARGET) {
            throw BusinessRuleException.about(
                    "target", Messages.get("customfield.definition.tooMany", String.valueOf(MAX_FIELDS_PER_TARGET)));
        }
        FieldDefinition saved = definitions.saveAndFlush(new FieldDefinition(m, target, draft));
        return saved.view();
    }

    /** Changes a definition; what was frozen keeps the label it had, drafts show the new one. */
    @Transactional
    public FieldDefinitionView change(String code, long id, long editedVersion, DefinitionDraft draft) {
        FieldDefinition d = find(code, id);
        ConcurrentEditException.check(editedVersion, d.version());
        check(draft);
        if (!d.label().equals(draft.label())
                && definitions.existsByMunicipalityCodeAndTargetAndLabel(
                        d.municipalityCode(), d.target(), draft.label())) {
            throw BusinessRuleException.about(
                    "label", Messages.get("customfield.definition.labelTaken", draft.label()));
        }
        d.change(draft);
        definitions.flush();
        return d.view();
    }

    /** Removes a definition; drafts no longer show its value, what was frozen keeps it. */
    @Transactional
    public void remove(String code, long id, long editedVersion) {
        FieldDefinition d = find(code, id);
        ConcurrentEditException.check(editedVersion, d.version());
        definitions.delete(d);
    }

    /** Checks values as typed (by definition id) against the target's definitions. */
    @Transactional(readOnly = true)
    public CheckedValues check(String code, FieldTarget target, Map<Long, String> typed) {
        return FieldCheck.check(definitions(code, target), typed);
    }

    /** The typed values among request parameters ({@code extra.<id>}), by definition id; other parameters ignored. */
    public static Map<Long, String> typed(Map<String, String[]> parameters) {
        Map<Long, String> typed = new LinkedHashMap<>();
        parameters.forEach((name, v) -> {
            if (name.startsWith(PARAMETER_PREFIX) && v.length > 0) {
                try {
                    typed.put(Long.parseLong(name.substring(PARAMETER_PREFIX.length())), v[0]);
                } catch (NumberFormatException e) {
                    // not one of ours
                }
            }
        });
        return typed;
    }

    /**
     * Keeps checked values for one plan, project or sheet (the caller has checked that its owner may change now, in
     * the owner's transaction). Returns whether anything changed; nothing is written for no values where none were.
     */
    @Transactional
    public boolean write(String code, FieldTarget target, long ownerId, Map<Long, String> checkedValues) {
        var found = values.findByTargetAndOwnerId(target, ownerId);
        if (found.isEmpty() && checkedValues.isEmpty()) {
            return false;
        }
        FieldValues row = found.orElseGet(() -> values.save(new FieldValues(canonical(code), target, ownerId)));
        return row.write(checkedValues);
    }

    /** The stored values of one owner, by definition id (empty when none). */
    @Transactional(readOnly = true)
    public Map<Long, String> values(FieldTarget target, long ownerId) {
        return values.findByTargetAndOwnerId(target, ownerId)
                .map(FieldValues::values)
                .orElse(Map.of());
    }

    /** The stored values of several owners, by owner and definition id (owners without values absent). */
    @Transactional(readOnly = true)
    public Map<Long, Map<Long, String>> values(FieldTarget target, Collection<Long> ownerIds) {
        if (ownerIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<Long, String>> out = new HashMap<>();
        for (FieldValues row : values.findByTargetAndOwnerIdIn(target, ownerIds)) {
            out.put(row.ownerId(), row.values());
        }
        return out;
    }

    /**
     * The current values of several owners with the current definitions' labels, in the definitions' order (a draft
     * as it stands; fields without a value left out). Owners without values are absent.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<ExtraField>> current(String code, FieldTarget target, Collection<Long> ownerIds) {
        if (ownerIds.isEmpty()) {
            return Map.of();
        }
        List<FieldDefinitionView> defined = definitions(code, target);
        if (defined.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<ExtraField>> out = new HashMap<>();
        for (FieldValues row : values.findByTargetAndOwnerIdIn(target, ownerIds)) {
            List<ExtraField> fields = resolve(defined, row.values());
            if (!fields.isEmpty()) {
                out.put(row.ownerId(), fields);
            }
        }
        return out;
    }

    /** As {@link #current(String, FieldTarget, Collection)} for one owner. */
    @Transactional(readOnly = true)
    public List<ExtraField> current(String code, FieldTarget target, long ownerId) {
        return current(code, target, List.of(ownerId)).getOrDefault(ownerId, List.of());
    }

    /**
     * Freezes the current values of the owners with their labels as they are now (at 確定 / 公表, in the owner's
     * transaction): what the published pages, PDFs and exports show until the next freeze.
     */
    @Transactional
    public void freeze(String code, FieldTarget target, Collection<Long> ownerIds) {
        if (ownerIds.isEmpty()) {
            return;
        }
        List<FieldDefinitionView> defined = definitions(code, target);
        Map<Long, FieldValues> rows = new HashMap<>();
        values.findByTargetAndOwnerIdIn(target, ownerIds).forEach(r -> rows.put(r.ownerId(), r));
        for (Long owner : ownerIds) {
            FieldValues row = rows.get(owner);
            List<ExtraField> fields = row == null ? List.of() : resolve(defined, row.values());
            if (row == null) {
                if (fields.isEmpty()) {
                    continue;
                }
                row = values.save(new FieldValues(canonical(code), target, owner));
            }
            row.freeze(fields);
        }
    }

    /** The frozen copies of several owners (owners never frozen, or frozen empty, are absent). */
    @Transactional(readOnly = true)
    public Map<Long, List<ExtraField>> frozen(FieldTarget target, Collection<Long> ownerIds) {
        if (ownerIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<ExtraField>> out = new HashMap<>();
        for (FieldValues row : values.findByTargetAndOwnerIdIn(target, ownerIds)) {
            if (row.frozen() != null && !row.frozen().isEmpty()) {
                out.put(row.ownerId(), row.frozen());
            }
        }
        return out;
    }

    /** The frozen copy of one owner (empty when none). */
    @Transactional(readOnly = true)
    public List<ExtraField> frozen(FieldTarget target, long ownerId) {
        return frozen(target, List.of(ownerId)).getOrDefault(ownerId, List.of());
    }

    private static List<ExtraField> resolve(List<FieldDefinitionView> defined, Map<Long, String> stored) {
        List<ExtraField> fields = new ArrayList<>();
        for (FieldDefinitionView d : defined) {
            String v = stored.get(d.id());
            if (v != null && !v.isEmpty()) {
                fields.add(new ExtraField(d.label(), d.kind(), v));
            }
        }
        return fields;
    }

    private FieldDefinition find(String code, long id) {
        return definitions
                .findByIdAndMunicipalityCode(id, canonical(code))
                .orElseThrow(() -> new NotFoundException(Messages.get("customfield.definition.notFound")));
    }

    private String canonical(String code) {
        return municipalities.get(code).code();
    }

    /** The rules of a definition (the settings form says the same next to each field). */
    static void check(DefinitionDraft draft) {
        String label = JapaneseText.text(draft.label());
        if (label.isEmpty() || label.codePointCount(0, label.length()) > MAX_LABEL_LENGTH) {
            throw new IllegalArgumentException(
                    Messages.get("customfield.definition.label", String.valueOf(MAX_LABEL_LENGTH)));
        }
        if (draft.kind() == FieldKind.CHOICE && draft.options().isEmpty()) {
            throw new IllegalArgumentException(Messages.get("customfield.definition.optionsRequired"));
        }
        if (draft.maxLength() != null && (draft.maxLength() < 1 || draft.maxLength() > FieldCheck.DEFAULT_MAX_LENGTH)) {
            throw new IllegalArgumentException(Messages.get(
                    "customfield.definition.maxLength", String.format("%,d", FieldCheck.DEFAULT_MAX_LENGTH)));
        }
    }
}
