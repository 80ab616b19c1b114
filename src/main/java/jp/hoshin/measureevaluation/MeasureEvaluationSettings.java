package jp.hoshin.measureevaluation;

import jp.hoshin.shared.ConcurrentEditException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 施策評価の設定 — the municipality's 進捗 scale and 今後の方向性 list, and per fiscal year whether the sheets go through the
 * external committee (外部評価). A label already recorded on a sheet is kept as it is when a list changes. Callers check
 * that the planning section asks.
 */
@Service
public class MeasureEvaluationSettings {

    /** The scales in force, the version to edit them at ({@code -1}: never set, the defaults) . */
    public record Current(MeasureScales scales, long version) {
        public boolean isSet() {
            return version >= 0;
        }
    }

    /** Whether the year uses the committee stage, and the version to change it at ({@code -1}: never set). */
    public record YearSetting(boolean committeeStage, long version) {}

    private final MeasureSettingRepository settings;
    private final MeasureYearRepository years;

    MeasureEvaluationSettings(MeasureSettingRepository settings, MeasureYearRepository years) {
        this.settings = settings;
        this.years = years;
    }

    @Transactional(readOnly = true)
    public Current current(String municipalityCode) {
        return settings.of(municipalityCode)
                .map(s -> new Current(s.scales(), s.version()))
                .orElse(new Current(MeasureScales.DEFAULT, -1));
    }

    @Transactional
    public void save(String municipalityCode, MeasureScales scales, long editedVersion) {
        MeasureEvaluationSetting found = settings.of(municipalityCode).orElse(null);
        if (found == null) {
            if (editedVersion != -1) {
                throw new ConcurrentEditException();
            }
            settings.saveAndFlush(new MeasureEvaluationSetting(municipalityCode, scales));
            return;
        }
        ConcurrentEditException.check(editedVersion, found.version());
        if (!found.scales().equals(scales)) {
            found.change(scales);
            settings.flush();
        }
    }

    @Transactional(readOnly = true)
    public YearSetting year(String municipalityCode, int fiscalYear) {
        return years.of(municipalityCode, fiscalYear)
                .map(y -> new YearSetting(y.committeeStage(), y.version()))
                .orElse(new YearSetting(false, -1));
    }

    /** Sets whether the year's sheets go through the external committee (sheets already past 二次評価 are not moved). */
    @Transactional
    public void useCommittee(String municipalityCode, int fiscalYear, boolean used, long editedVersion) {
        MeasureEvaluationYear found = years.of(municipalityCode, fiscalYear).orElse(null);
        if (found == null) {
            if (editedVersion != -1) {
                throw new ConcurrentEditException();
            }
            years.saveAndFlush(new MeasureEvaluationYear(municipalityCode, fiscalYear, used));
            return;
        }
        ConcurrentEditException.check(editedVersion, found.version());
        if (found.committeeStage() != used) {
            found.useCommittee(used);
            years.flush();
        }
    }
}
