package jp.hoshin.departmentplan;

import java.util.EnumMap;
import java.util.Map;

import jp.hoshin.departmentplan.PlanPublicationNames.NamesSetting;
import jp.hoshin.departmentplan.ProgressScales.ScaleSetting;
import jp.hoshin.shared.ReadMemo;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A municipality's plan settings, its progress scales and its publication names, read together with plain SQL for a
 * page's read-only transaction (one statement, remembered for the rest of it): pages that show results need both, and
 * read apart they were two of the results page's nine round trips (issue 19). Writing transactions read each through
 * its repository ({@link ProgressScales}, {@link PlanPublicationNames}).
 */
@Component
class PlanSettingRows {

    /** What the municipality has set: a scale per kind it saved, its names if it saved them. */
    record Settings(
            Map<ScaleKind, ScaleSetting> scales, @Nullable NamesSetting names) {}

    private static final MidYearJson.Scale LEVELS = new MidYearJson.Scale();

    private final JdbcClient jdbc;
    private final ReadMemo<String, Settings> byMunicipality = new ReadMemo<>("planSettings");

    PlanSettingRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The municipality's settings, read once in a page's read-only transaction. */
    Settings of(String municipalityCode) {
        return byMunicipality.get(municipalityCode, this::read);
    }

    private Settings read(String municipalityCode) {
        Map<ScaleKind, ScaleSetting> scales = new EnumMap<>(ScaleKind.class);
        NamesSetting[] names = {null};
        jdbc.sql("""
                        select kind, levels, version, null as plans_name, null as results_name
                        from progress_scale_setting where municipality_code = :code
                        union all
                        select null, null, version, plans_name, results_name
                        from plan_publication_names where municipality_code = :code""").param("code", municipalityCode).query(rs -> {
            String kind = rs.getString("kind");
            if (kind != null) {
                scales.put(
                        ScaleKind.valueOf(kind),
                        new ScaleSetting(
                                LEVELS.convertToEntityAttribute(rs.getString("levels")), rs.getLong("version")));
            } else {
                names[0] = new NamesSetting(
                        new PublicationNames(rs.getString("plans_name"), rs.getString("results_name")),
                        rs.getLong("version"));
            }
        });
        return new Settings(Map.copyOf(scales), names[0]);
    }
}
