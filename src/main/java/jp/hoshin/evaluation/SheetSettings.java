package jp.hoshin.evaluation;

import jp.hoshin.shared.ConcurrentEditException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 評価シートの様式 — a municipality's form of the evaluation sheet, set by its planning section: the year columns of
 * the cost and indicator tables and the list of 今後の方向性 ({@link SheetLayout}). Sheets keep the years and labels
 * they hold; pages, documents, the workbook and the CSV show them in the form as it is now.
 */
@Service
public class SheetSettings {

    /** The version of a municipality that has not set its form (the first save creates it at version 0). */
    public static final long NOT_SET = -1;

    private final SettingRepository settings;

    SheetSettings(SettingRepository settings) {
        this.settings = settings;
    }

    /** The form as set ({@code version} {@link #NOT_SET} and {@link SheetLayout#DEFAULT} until it is). */
    public record Current(SheetLayout layout, long version) {
        public boolean isSet() {
            return version != NOT_SET;
        }
    }

    @Transactional(readOnly = true)
    public Current current(String municipalityCode) {
        return settings.of(municipalityCode)
                .map(s -> new Current(s.layout(), s.version()))
                .orElse(new Current(SheetLayout.DEFAULT, NOT_SET));
    }

    @Transactional(readOnly = true)
    public SheetLayout layout(String municipalityCode) {
        return current(municipalityCode).layout();
    }

    /** Sets the form; {@code editedVersion} is the version the planning section edited (a stale one is refused). */
    @Transactional
    public Current save(String municipalityCode, SheetLayout layout, long editedVersion) {
        var existing = settings.of(municipalityCode);
        ConcurrentEditException.check(
                editedVersion, existing.map(EvaluationSetting::version).orElse(NOT_SET));
        EvaluationSetting setting = existing.orElseGet(() -> new EvaluationSetting(municipalityCode, layout));
        setting.change(layout);
        settings.saveAndFlush(setting);
        return new Current(setting.layout(), setting.version());
    }
}
