package jp.hoshin.departmentplan;

import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.ReadMemo;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
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
    private final JdbcClient jdbc;
    private final ReadMemo<String, NamesSetting> byMunicipality = new ReadMemo<>("publicationNames");

    PlanPublicationNames(PublicationNameSettingRepository settings, JdbcClient jdbc) {
        this.settings = settings;
        this.jdbc = jdbc;
    }

    /**
     * The municipality's names. A page's read-only transaction reads them with plain SQL (once, however often its
     * templates ask); a writing one through the repository.
     */
    @Transactional(readOnly = true)
    public NamesSetting setting(String municipalityCode) {
        return byMunicipality.get(
                municipalityCode,
                code -> (ReadMemo.readOnly()
                                ? jdbc.sql("select plans_name, results_name, version from plan_publication_names"
                                                + " where municipality_code = ?")
                                        .param(code)
                                        .query((rs, n) -> new NamesSetting(
                                                new PublicationNames(
                                                        rs.getString("plans_name"), rs.getString("results_name")),
                                                rs.getLong("version")))
                                        .optional()
                                : settings.findByMunicipalityCode(code)
                                        .map(s -> new NamesSetting(s.names(), s.version())))
                        .orElseGet(() -> new NamesSetting(PublicationNames.defaults(), null)));
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
