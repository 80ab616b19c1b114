package jp.hoshin.departmentplan;

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

/** A municipality's setting of one {@link ScaleKind} (a row of {@code progress_scale_setting}). */
@Entity
@Audited
@Table(name = "progress_scale_setting")
class ProgressScaleSetting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String municipalityCode;

    @Enumerated(EnumType.STRING)
    private ScaleKind kind;

    @Convert(converter = MidYearJson.Scale.class)
    private ProgressScale levels;

    @Version
    private long version;

    protected ProgressScaleSetting() {}

    ProgressScaleSetting(String municipalityCode, ScaleKind kind, ProgressScale scale) {
        this.municipalityCode = municipalityCode;
        this.kind = kind;
        this.levels = scale;
    }

    void change(ProgressScale scale) {
        this.levels = scale;
    }

    ProgressScale scale() {
        return levels;
    }

    long version() {
        return version;
    }
}
