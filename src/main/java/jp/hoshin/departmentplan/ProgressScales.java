package jp.hoshin.departmentplan;

import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.ReadMemo;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 進捗の区分の設定 — each municipality's progress scales (today the mid-year check's; the results' could follow): the
 * default until the planning section saves its own. Changing a scale never rewrites recorded checks, which keep the
 * label they were recorded with. Callers check roles first.
 */
@Service
public class ProgressScales {

    /** A scale as set; {@code version} null while the municipality uses the default. */
    public record ScaleSetting(
            ProgressScale scale, @Nullable Long version) {}

    private final ProgressScaleSettingRepository settings;
    private final PlanSettingRows rows;

    ProgressScales(ProgressScaleSettingRepository settings, PlanSettingRows rows) {
        this.settings = settings;
        this.rows = rows;
    }

    /**
     * The municipality's scale of the kind. A page's read-only transaction reads it with the municipality's other plan
     * settings in one plain statement, once ({@link PlanSettingRows}; the derived query cost the uncached results page 8 %
     * of its CPU, issue 19); a writing one through the repository.
     */
    @Transactional(readOnly = true)
    public ScaleSetting setting(String municipalityCode, ScaleKind kind) {
        ScaleSetting set = ReadMemo.readOnly()
                ? rows.of(municipalityCode).scales().get(kind)
                : settings.findByMunicipalityCodeAndKind(municipalityCode, kind)
                        .map(s -> new ScaleSetting(s.scale(), s.version()))
                        .orElse(null);
        return set != null ? set : new ScaleSetting(ProgressScale.defaultFor(kind), null);
    }

    public ProgressScale scale(String municipalityCode, ScaleKind kind) {
        return setting(municipalityCode, kind).scale();
    }

    /** Saves the scale; {@code editedVersion} is the version the form was made from (null: from the default). */
    @Transactional
    public ScaleSetting save(
            String municipalityCode, ScaleKind kind, @Nullable Long editedVersion, ProgressScale scale) {
        var existing = settings.findByMunicipalityCodeAndKind(municipalityCode, kind);
        ProgressScaleSetting setting;
        if (existing.isPresent()) {
            setting = existing.get();
            if (editedVersion == null) {
                throw new ConcurrentEditException();
            }
            ConcurrentEditException.check(editedVersion, setting.version());
            setting.change(scale);
        } else {
            if (editedVersion != null) {
                throw new ConcurrentEditException();
            }
            setting = settings.save(new ProgressScaleSetting(municipalityCode, kind, scale));
        }
        settings.flush();
        return new ScaleSetting(setting.scale(), setting.version());
    }
}
