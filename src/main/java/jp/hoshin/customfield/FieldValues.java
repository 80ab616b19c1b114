package jp.hoshin.customfield;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
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

/**
 * The extra fields' values of one plan, project or sheet (by definition id), and the copy frozen when it was last
 * finalised or published (label and value as they were then).
 */
@Entity
@Audited
@Table(name = "custom_field_values")
class FieldValues {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String municipalityCode;

    @Enumerated(EnumType.STRING)
    private FieldTarget target;

    private long ownerId;

    @Column(name = "field_values")
    @Convert(converter = FieldJson.Values.class)
    private Map<Long, String> values;

    @Convert(converter = FieldJson.Frozen.class)
    private @Nullable List<ExtraField> frozen;

    @Version
    private long version;

    protected FieldValues() {}

    FieldValues(String municipalityCode, FieldTarget target, long ownerId) {
        this.municipalityCode = municipalityCode;
        this.target = target;
        this.ownerId = ownerId;
        this.values = new LinkedHashMap<>();
    }

    /** Replaces the values; returns whether anything changed. */
    boolean write(Map<Long, String> newValues) {
        if (values.equals(newValues)) {
            return false;
        }
        this.values = new LinkedHashMap<>(newValues);
        return true;
    }

    /** Keeps {@code fields} as the published copy (unchanged when equal to the one kept). */
    void freeze(List<ExtraField> fields) {
        if (!fields.equals(frozen)) {
            this.frozen = List.copyOf(fields);
        }
    }

    long ownerId() {
        return ownerId;
    }

    Map<Long, String> values() {
        return Map.copyOf(values);
    }

    @Nullable
    List<ExtraField> frozen() {
        return frozen;
    }
}
