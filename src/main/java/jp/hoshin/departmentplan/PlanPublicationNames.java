package jp.hoshin.departmentplan;

import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.ReadMemo;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 公表物の名称の設定 — each municipality's names of its publications ({@link PublicationNames}): today's wording until the
 * planning section saves its own. Callers check roles first; templates of other modules may read {@link #names} as
 * {@code @planPublicationNames}.
 */
@Service
public class PlanPublicationNames {

    /** The names as set; {@code version} null while the municipality uses the default. */
    public record NamesSetting(
            PublicationNames names, @Nullable Long version) {}

    private final PublicationNameSettingRepository settings;
    private final PlanSettingRows rows;

    PlanPublicationNames(PublicationNameSettingRepository settings, PlanSettingRows rows) {
        this.settings = settings;
        this.rows = rows;
    }

    /**
     * The municipality's names. A page's read-only transaction reads them with the municipality's other plan settings in
     * one plain statement, once however often its templates ask ({@link PlanSettingRows}); a writing one through the
     * repository.
     */
    @Transactional(readOnly = true)
    public NamesSetting setting(String municipalityCode) {
        NamesSetting set = ReadMemo.readOnly()
                ? rows.of(municipalityCode).names()
                : settings.findByMunicipalityCode(municipalityCode)
                        .map(s -> new NamesSetting(s.names(), s.version()))
                        .orElse(null);
        return set != null ? set : new NamesSetting(PublicationNames.defaults(), null);
    }

    @Transactional(readOnly = true)
    public PublicationNames names(String municipalityCode) {
        return setting(municipalityCode).names();
    }

    /** Saves the names; {@code editedVersion} is the version the form was made from (null: from the default). */
    @Transactional
    public NamesSetting save(String municipalityCode, @Nullable Long editedVersion, PublicationNames names) {
        var existing = settings.findByMunicipalityCode(municipalityCode);
        PublicationNameSetting setting;
        if (existing.isPresent()) {
            setting = existing.get();
            if (editedVersion == null) {
                throw new ConcurrentEditException();
            }
            ConcurrentEditException.check(editedVersion, setting.version());
            setting.rename(names);
        } else {
            if (editedVersion != null) {
                throw new ConcurrentEditException();
            }
            setting = settings.save(new PublicationNameSetting(municipalityCode, names));
        }
        settings.flush();
        return new NamesSetting(setting.names(), setting.version());
    }
}
