package jp.hoshin.departmentplan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;

import jp.hoshin.departmentplan.PlanPublicationNames.NamesSetting;
import jp.hoshin.departmentplan.ProgressScales.ScaleSetting;
import jp.hoshin.shared.ReadMemo;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ResultSetExtractor;
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

    /** Whether this page has read the municipality's settings already. */
    boolean remembered(String municipalityCode) {
        return byMunicipality.peek(municipalityCode) != null;
    }

    /** Settings read with another statement of the same round trip ({@link PublishedResultRows#results}), for the page. */
    void remember(String municipalityCode, Settings settings) {
        byMunicipality.get(municipalityCode, code -> settings);
    }

    /** The settings' rows: a scale per kind, then the names; its two parameters are the municipality's code. */
    static final String SELECT = """
            select kind, levels, version, null as plans_name, null as results_name
            from progress_scale_setting where municipality_code = ?
            union all
            select null, null, version, plans_name, results_name
            from plan_publication_names where municipality_code = ?""";

    private Settings read(String municipalityCode) {
        return jdbc.sql(SELECT).params(municipalityCode, municipalityCode).query((ResultSetExtractor<Settings>)
                PlanSettingRows::settings);
    }

    /** The settings on the rows of {@link #SELECT}. */
    static Settings settings(ResultSet rs) throws SQLException {
        Map<ScaleKind, ScaleSetting> scales = new EnumMap<>(ScaleKind.class);
        NamesSetting names = null;
        while (rs.next()) {
            String kind = rs.getString("kind");
            if (kind != null) {
                scales.put(
                        ScaleKind.valueOf(kind),
                        new ScaleSetting(
                                LEVELS.convertToEntityAttribute(rs.getString("levels")), rs.getLong("version")));
            } else {
                names = new NamesSetting(
                        new PublicationNames(rs.getString("plans_name"), rs.getString("results_name")),
                        rs.getLong("version"));
            }
        }
        return new Settings(Map.copyOf(scales), names);
    }
}
