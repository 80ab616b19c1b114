package jp.hoshin.measureevaluation;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A municipality's {@link MeasureScales}, stored as JSON arrays (audited whole). No row = {@link MeasureScales#DEFAULT}. */
@Entity
@Audited
@Table(name = "measure_evaluation_setting")
class MeasureEvaluationSetting {

    static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String municipalityCode;

    private String progressLevels;

    private String directions;

    @Version
    private long version;

    protected MeasureEvaluationSetting() {}

    MeasureEvaluationSetting(String municipalityCode, MeasureScales scales) {
        this.municipalityCode = municipalityCode;
        change(scales);
    }

    /** The planning section sets its scales. */
    void change(MeasureScales scales) {
        this.progressLevels = JSON.writeValueAsString(scales.progressLevels());
        this.directions = JSON.writeValueAsString(scales.directions());
    }

    MeasureScales scales() {
        return new MeasureScales(
                JSON.readValue(progressLevels, new TypeReference<List<String>>() {}),
                JSON.readValue(directions, new TypeReference<List<String>>() {}));
    }

    long version() {
        return version;
    }
}
