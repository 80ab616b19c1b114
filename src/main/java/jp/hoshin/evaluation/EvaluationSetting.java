package jp.hoshin.evaluation;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import tools.jackson.core.type.TypeReference;

/**
 * A municipality's form of the evaluation sheet ({@link SheetLayout}): the year columns and the 今後の方向性, stored as
 * JSON text (audited whole). No row = {@link SheetLayout#DEFAULT}.
 */
@Entity
@Audited
@Table(name = "evaluation_setting")
class EvaluationSetting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String municipalityCode;

    private String yearColumns;

    private String directions;

    @Version
    private long version;

    protected EvaluationSetting() {}

    EvaluationSetting(String municipalityCode, SheetLayout layout) {
        this.municipalityCode = municipalityCode;
        change(layout);
    }

    /** The planning section sets the municipality's form. */
    void change(SheetLayout layout) {
        this.yearColumns = JsonColumns.JSON.writeValueAsString(layout.columns());
        this.directions = JsonColumns.JSON.writeValueAsString(layout.directions());
    }

    SheetLayout layout() {
        return new SheetLayout(
                JsonColumns.JSON.readValue(yearColumns, new TypeReference<List<YearColumn>>() {}),
                JsonColumns.JSON.readValue(directions, new TypeReference<List<String>>() {}));
    }

    long version() {
        return version;
    }
}
