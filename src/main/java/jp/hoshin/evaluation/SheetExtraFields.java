package jp.hoshin.evaluation;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import jp.hoshin.customfield.CheckedValues;
import jp.hoshin.customfield.CustomFields;
import jp.hoshin.customfield.ExtraField;
import jp.hoshin.customfield.FieldDefinitionView;
import jp.hoshin.customfield.FieldTarget;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 独自項目 of evaluation sheets (defined per municipality in {@code customfield}): written while the sheet may be written
 * (its version guarding them), frozen with their labels at 公表, and shown from that frozen copy on the public page, the
 * PDF and the CSV, so a later change of a definition never rewrites a published sheet.
 */
@Service
public class SheetExtraFields {

    private final SheetStore store;
    private final CustomFields fields;
    private final Evaluations evaluations;

    SheetExtraFields(SheetStore store, CustomFields fields, Evaluations evaluations) {
        this.evaluations = evaluations;
        this.store = store;
        this.fields = fields;
    }

    /** A sheet's extra fields as its staff page edits them. */
    public record Editing(List<FieldDefinitionView> definitions, Map<Long, String> values) {

        public static final Editing NONE = new Editing(List.of(), Map.of());

        public boolean any() {
            return !definitions.isEmpty();
        }

        /** The fields that have a value, as shown (dates in 和暦). */
        public List<ExtraField> shown() {
            return definitions.stream()
                    .filter(d -> !values.getOrDefault(d.id(), "").isEmpty())
                    .map(d -> new ExtraField(d.label(), d.kind(), values.get(d.id())))
                    .toList();
        }
    }

    @Transactional(readOnly = true)
    public Editing editing(String municipalityCode, EvaluationSheetView sheet) {
        List<FieldDefinitionView> defined = fields.definitions(municipalityCode, FieldTarget.EVALUATION_SHEET);
        return defined.isEmpty()
                ? Editing.NONE
                : new Editing(defined, fields.values(FieldTarget.EVALUATION_SHEET, sheet.id()));
    }

    /** Writes the sheet's extra fields as typed (by definition id); a wrong value refuses them all, nothing saved. */
    @Transactional
    public EvaluationSheetView write(SheetReference ref, long editedVersion, Map<Long, String> typed) {
        EvaluationSheet sheet = store.load(ref, editedVersion);
        CheckedValues checked = fields.check(ref.municipalityCode(), FieldTarget.EVALUATION_SHEET, typed)
                .orThrow();
        sheet.changeExtraFields(
                () -> fields.write(ref.municipalityCode(), FieldTarget.EVALUATION_SHEET, sheet.id(), checked.values()));
        return store.flushed(ref, sheet);
    }

    /**
     * The workbook's sheets and their extra fields (checked values by sheet number; a sheet absent keeps its values) in
     * one transaction: {@link Evaluations#writeAll}, then each sheet's values that differ. Returns the numbers of the
     * sheets that changed.
     */
    @Transactional
    public List<Integer> writeAll(
            String municipalityCode,
            int year,
            Map<Integer, Map.Entry<Long, SheetContent>> contents,
            Map<Integer, Map<Long, String>> extraValues) {
        List<Integer> changed = new java.util.ArrayList<>(evaluations.writeAll(municipalityCode, year, contents));
        for (var e : extraValues.entrySet()) {
            SheetReference ref = new SheetReference(municipalityCode, year, e.getKey());
            EvaluationSheetView view = evaluations.get(ref);
            if (fields.values(FieldTarget.EVALUATION_SHEET, view.id()).equals(e.getValue())) {
                continue;
            }
            EvaluationSheet sheet = store.load(ref, view.version());
            if (sheet.changeExtraFields(
                    () -> fields.write(municipalityCode, FieldTarget.EVALUATION_SHEET, sheet.id(), e.getValue()))) {
                if (!changed.contains(e.getKey())) {
                    changed.add(e.getKey());
                }
            }
        }
        return changed;
    }

    /** The stored values of the sheets, by sheet id (for the workbook). */
    @Transactional(readOnly = true)
    public Map<Long, Map<Long, String>> values(Collection<EvaluationSheetView> sheets) {
        return fields.values(
                FieldTarget.EVALUATION_SHEET,
                sheets.stream().map(EvaluationSheetView::id).toList());
    }

    /** 公表: keeps the sheet's values with their labels as they are now. */
    void freeze(String municipalityCode, long sheetId) {
        fields.freeze(municipalityCode, FieldTarget.EVALUATION_SHEET, List.of(sheetId));
    }

    /** The frozen fields (as at 公表) of published sheets, by sheet id, for the page, the PDF and the CSV. */
    @Transactional(readOnly = true)
    public Map<Long, List<ExtraField>> published(Collection<EvaluationSheetView> sheets) {
        return fields.frozen(
                FieldTarget.EVALUATION_SHEET,
                sheets.stream().map(EvaluationSheetView::id).toList());
    }

    /** The fields as they stand now, by sheet id (the staff workbook). */
    @Transactional(readOnly = true)
    public Map<Long, List<ExtraField>> current(String municipalityCode, Collection<EvaluationSheetView> sheets) {
        return fields.current(
                municipalityCode,
                FieldTarget.EVALUATION_SHEET,
                sheets.stream().map(EvaluationSheetView::id).toList());
    }
}
