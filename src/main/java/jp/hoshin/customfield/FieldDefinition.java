package jp.hoshin.customfield;

import java.util.List;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** 独自項目の定義 — one extra field a municipality keeps on its plans, projects or evaluation sheets. */
@Entity
@Audited
@Table(name = "custom_field_definition")
class FieldDefinition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String municipalityCode;

    @Enumerated(EnumType.STRING)
    private FieldTarget target;

    private String label;

    @Enumerated(EnumType.STRING)
    private FieldKind kind;

    @Convert(converter = FieldJson.Options.class)
    private List<String> options;

    private boolean required;

    private int position;

    private @Nullable Integer maxLength;

    @Version
    private long version;

    protected FieldDefinition() {}

    FieldDefinition(String municipalityCode, FieldTarget target, DefinitionDraft draft) {
        this.municipalityCode = municipalityCode;
        this.target = target;
        change(draft);
    }

    /** Changes what the field is; values already kept stay, frozen copies keep the label they were frozen with. */
    void change(DefinitionDraft draft) {
        this.label = draft.label();
        this.kind = draft.kind();
        this.options = List.copyOf(draft.options());
        this.required = draft.required();
        this.position = draft.position();
        this.maxLength = draft.maxLength();
    }

    Long id() {
        return id;
    }

    String municipalityCode() {
        return municipalityCode;
    }

    FieldTarget target() {
        return target;
    }

    String label() {
        return label;
    }

    long version() {
        return version;
    }

    FieldDefinitionView view() {
        return new FieldDefinitionView(id, target, label, kind, options, required, position, maxLength, version);
    }
}
