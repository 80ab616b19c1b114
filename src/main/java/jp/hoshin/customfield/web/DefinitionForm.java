package jp.hoshin.customfield.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import jp.hoshin.customfield.DefinitionDraft;
import jp.hoshin.customfield.FieldDefinitionView;
import jp.hoshin.customfield.FieldKind;
import jp.hoshin.customfield.FieldTarget;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.web.FormChecks;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** The planning section's form of one extra field's definition, as typed (text), checked next to each field. */
public class DefinitionForm {

    static final int MAX_LABEL = 40;
    static final int MAX_OPTION = 100;
    static final int MAX_LENGTH = 2_000;

    private long version;
    private String target = FieldTarget.PLAN.name();
    private String label = "";
    private String kind = FieldKind.TEXT.name();
    private String options = "";
    private boolean required;
    private String position = "";
    private String maxLength = "";

    static DefinitionForm of(FieldDefinitionView d) {
        DefinitionForm f = new DefinitionForm();
        f.version = d.version();
        f.target = d.target().name();
        f.label = d.label();
        f.kind = d.kind().name();
        f.options = String.join("\n", d.options());
        f.required = d.required();
        f.position = String.valueOf(d.position());
        f.maxLength = d.maxLength() == null ? "" : String.valueOf(d.maxLength());
        return f;
    }

    /** Checks every field (messages next to them); returns the definition when nothing is wrong. */
    @Nullable
    DefinitionDraft draft(Errors errors, int nextPosition) {
        FieldTarget t = parse(FieldTarget.class, target);
        if (t == null) {
            errors.rejectValue("target", "choice", Messages.get("customfield.form.target"));
        }
        FormChecks.required(errors, "label", label, Messages.get("customfield.field.label"), MAX_LABEL);
        FieldKind k = parse(FieldKind.class, kind);
        if (k == null) {
            errors.rejectValue("kind", "choice", Messages.get("customfield.form.kind"));
        }
        List<String> choices = optionList();
        if (k == FieldKind.CHOICE && choices.isEmpty()) {
            errors.rejectValue("options", "required", Messages.get("customfield.definition.optionsRequired"));
        }
        if (choices.stream().anyMatch(o -> o.codePointCount(0, o.length()) > MAX_OPTION)) {
            errors.rejectValue(
                    "options", "tooLong", Messages.get("customfield.form.optionTooLong", String.valueOf(MAX_OPTION)));
        }
        Long pos = FormChecks.wholeNumber(errors, "position", position, Messages.get("customfield.field.position"), 999)
                .orElse(null);
        Long max = FormChecks.wholeNumber(
                        errors, "maxLength", maxLength, Messages.get("customfield.field.maxLength"), MAX_LENGTH)
                .orElse(null);
        if (max != null && max < 1) {
            errors.rejectValue(
                    "maxLength",
                    "range",
                    Messages.get("customfield.definition.maxLength", String.format("%,d", MAX_LENGTH)));
        }
        if (errors.hasErrors() || k == null) {
            return null;
        }
        return new DefinitionDraft(
                JapaneseText.text(label),
                k,
                k == FieldKind.CHOICE ? choices : List.of(),
                required,
                pos == null || pos < 1 ? nextPosition : pos.intValue(),
                k == FieldKind.TEXT && max != null ? Integer.valueOf(max.intValue()) : null);
    }

    @Nullable
    FieldTarget targetOrNull() {
        return parse(FieldTarget.class, target);
    }

    private List<String> optionList() {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String line : JapaneseText.text(options).split("\n")) {
            String o = JapaneseText.text(line);
            if (!o.isEmpty()) {
                out.add(o);
            }
        }
        return new ArrayList<>(out);
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String name) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getOptions() {
        return options;
    }

    public void setOptions(String options) {
        this.options = options;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getMaxLength() {
        return maxLength;
    }

    public void setMaxLength(String maxLength) {
        this.maxLength = maxLength;
    }
}
