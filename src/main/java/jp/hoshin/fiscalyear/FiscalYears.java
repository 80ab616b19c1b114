package jp.hoshin.fiscalyear;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.NotFoundException;
import jp.hoshin.shared.ReadMemo;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening, closing and looking up the fiscal years of a municipality. */
@Service
public class FiscalYears {

    private final FiscalYearRepository repository;
    private final Municipalities municipalities;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final ReadMemo<Long, List<FiscalYearView>> listed = new ReadMemo<>("fiscalYearsOfMunicipality");
    private final ReadMemo<YearOf, Optional<FiscalYearView>> found = new ReadMemo<>("fiscalYearOfMunicipality");

    /** A municipality's year, as {@link #find} is asked for it. */
    private record YearOf(String municipalityCode, int startYear) {}

    FiscalYears(
            FiscalYearRepository repository,
            Municipalities municipalities,
            ApplicationEventPublisher events,
            Clock clock,
            JdbcClient jdbc) {
        this.repository = repository;
        this.municipalities = municipalities;
        this.events = events;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /**
     * The municipality's years, newest first (remembered for the rest of a page's read-only transaction, and read there
     * with plain SQL).
     */
    @Transactional(readOnly = true)
    public List<FiscalYearView> list(String municipalityCode) {
        MunicipalityView m = municipalities.get(municipalityCode);
        return listed.get(
                m.id(),
                id -> ReadMemo.readOnly()
                        ? jdbc.sql(SELECT + " where y.municipality_id = ? order by y.start_year desc")
                                .param(id)
                                .query((rs, n) -> view(rs, m.code()))
                                .list()
                        : repository.findByMunicipalityIdOrderByStartYearDesc(id).stream()
                                .map(fy -> fy.view(m.code()))
                                .toList());
    }

    /** Every open year of every municipality, in two queries (for jobs that look at all of them). */
    @Transactional(readOnly = true)
    public List<FiscalYearView> openYears() {
        var codes = new java.util.HashMap<Long, String>();
        municipalities.all().forEach(m -> codes.put(m.id(), m.code()));
        return repository.findByStatus(FiscalYearStatus.OPEN).stream()
                .filter(fy -> codes.containsKey(fy.municipalityId()))
                .map(fy -> fy.view(codes.get(fy.municipalityId())))
                .toList();
    }

    /**
     * The municipality's year. In a page's read-only transaction it is read with its municipality in one statement, and
     * both are remembered for the rest of the page (a page asks several times): a year's page that asks for its year
     * before its municipality reads both with one statement (issue 19). If the page has already read its municipality,
     * the year is read alone.
     */
    @Transactional(readOnly = true)
    public Optional<FiscalYearView> find(String municipalityCode, int startYear) {
        if (ReadMemo.readOnly()) {
            return found.get(new YearOf(JapaneseText.fold(municipalityCode), startYear), key -> {
                Optional<MunicipalityView> known = municipalities.remembered(key.municipalityCode());
                if (known.isPresent()) {
                    return read(known.get(), key.startYear());
                }
                return municipalities
                        .findWith(key.municipalityCode(), withMunicipality(key.startYear()))
                        .flatMap(Municipalities.Joined::row);
            });
        }
        return municipalities
                .find(municipalityCode)
                .flatMap(m -> repository
                        .findByMunicipalityIdAndStartYear(m.id(), startYear)
                        .map(fy -> fy.view(m.code())));
    }

    /** The year alone, when the page has already read its municipality. */
    private Optional<FiscalYearView> read(MunicipalityView m, int startYear) {
        return jdbc.sql(SELECT + " where y.municipality_id = ? and y.start_year = ?")
                .params(m.id(), startYear)
                .query((rs, n) -> view(rs, m.code()))
                .optional();
    }

    /** The year's row joined to its municipality's ({@code m}) for {@link Municipalities#findWith}. */
    private static Municipalities.JoinedRead<FiscalYearView> withMunicipality(int startYear) {
        return new Municipalities.JoinedRead<>(
                COLUMNS,
                "left join fiscal_year y on y.municipality_id = m.id and y.start_year = ?",
                List.of(startYear),
                (rs, n) -> {
                    rs.getLong("year_id");
                    return rs.wasNull() ? Optional.empty() : Optional.of(view(rs, rs.getString("code")));
                });
    }

    /** A year's columns ({@code y}), named apart from its municipality's, as {@link #view} maps them. */
    private static final String COLUMNS =
            "y.id as year_id, y.start_year, y.status as year_status, y.opened_at, y.opened_by, y.closed_at, y.closed_by,"
                    + " y.version as year_version";

    private static final String SELECT = "select " + COLUMNS + " from fiscal_year y";

    /** A row of {@link #COLUMNS} as {@link MunicipalFiscalYear#view} gives it. */
    private static FiscalYearView view(ResultSet rs, String municipalityCode) throws SQLException {
        return new FiscalYearView(
                rs.getLong("year_id"),
                municipalityCode,
                FiscalYear.of(rs.getInt("start_year")),
                FiscalYearStatus.valueOf(rs.getString("year_status")),
                rs.getObject("opened_at", OffsetDateTime.class).toInstant(),
                rs.getString("opened_by"),
                instant(rs.getObject("closed_at", OffsetDateTime.class)),
                rs.getString("closed_by"),
                rs.getLong("year_version"));
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }

    @Transactional(readOnly = true)
    public Optional<FiscalYearView> findById(long id) {
        return repository
                .findById(id)
                .flatMap(fy -> municipalities.findById(fy.municipalityId()).map(m -> fy.view(m.code())));
    }

    /** The fiscal year, or a 404 in Japanese. */
    public FiscalYearView get(String municipalityCode, int startYear) {
        return find(municipalityCode, startYear).orElseThrow(() -> {
            MunicipalityView m = municipalities.get(municipalityCode);
            return new NotFoundException(Messages.get(
                    "fiscalYear.notRegistered",
                    m.name(),
                    startYear >= 1989 && startYear <= 2200
                            ? FiscalYear.of(startYear).label()
                            : startYear + "年度"));
        });
    }

    /**
     * Opens a fiscal year. The organisation of the latest earlier year is copied into it for
     * editing (by the organisation module, in the same transaction).
     */
    @Transactional
    public FiscalYearView open(String municipalityCode, FiscalYear year, String by) {
        MunicipalityView m = municipalities.get(municipalityCode);
        if (repository
                .findByMunicipalityIdAndStartYear(m.id(), year.startYear())
                .isPresent()) {
            throw new BusinessRuleException(Messages.get("fiscalYear.alreadyOpened", year.label()));
        }
        Long previous = repository
                .findFirstByMunicipalityIdAndStartYearLessThanOrderByStartYearDesc(m.id(), year.startYear())
                .map(MunicipalFiscalYear::id)
                .orElse(null);
        MunicipalFiscalYear opened =
                repository.saveAndFlush(MunicipalFiscalYear.open(m.id(), year, by, clock.instant()));
        events.publishEvent(new FiscalYearOpened(m.code(), opened.id(), year, previous));
        return opened.view(m.code());
    }

    @Transactional
    public void close(String municipalityCode, int startYear, long editedVersion, String by) {
        MunicipalFiscalYear fy = load(municipalityCode, startYear);
        ConcurrentEditException.check(editedVersion, fy.view(municipalityCode).version());
        fy.close(by, clock.instant());
    }

    @Transactional
    public void reopen(String municipalityCode, int startYear, long editedVersion) {
        MunicipalFiscalYear fy = load(municipalityCode, startYear);
        ConcurrentEditException.check(editedVersion, fy.view(municipalityCode).version());
        fy.reopen();
    }

    private MunicipalFiscalYear load(String municipalityCode, int startYear) {
        MunicipalityView m = municipalities.get(municipalityCode);
        return repository
                .findByMunicipalityIdAndStartYear(m.id(), startYear)
                .orElseThrow(() ->
                        new NotFoundException(Messages.get("fiscalYear.notRegistered", m.name(), startYear + "年度")));
    }
}
