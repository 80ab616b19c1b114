package jp.hoshin.municipality;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.hoshin.identity.MunicipalityDirectory;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.LocalGovernmentCode;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.NotFoundException;
import jp.hoshin.shared.ReadMemo;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The municipalities of the deployment: register, describe, look up. */
@Service
public class Municipalities implements MunicipalityDirectory {

    private final MunicipalityRepository repository;
    private final JdbcClient jdbc;
    private final ReadMemo<String, Optional<MunicipalityView>> byCode = new ReadMemo<>("municipalityByCode");

    Municipalities(MunicipalityRepository repository, JdbcClient jdbc) {
        this.repository = repository;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<MunicipalityView> all() {
        return repository.findAllByOrderByCode().stream()
                .map(Municipality::view)
                .toList();
    }

    /**
     * Every municipality, by code, if this deployment serves at most {@code limit} of them; empty if it serves more (one
     * query of at most {@code limit + 1} rows, for a page that lists a small deployment's municipalities whole).
     */
    @Transactional(readOnly = true)
    public Optional<List<MunicipalityView>> allIfAtMost(int limit) {
        List<Municipality> first = repository.findAllByOrderByCode(Limit.of(limit + 1));
        if (first.size() > limit) {
            return Optional.empty();
        }
        return Optional.of(first.stream().map(Municipality::view).toList());
    }

    /** How many municipalities this deployment serves. */
    @Transactional(readOnly = true)
    public long count() {
        return repository.count();
    }

    /** A prefecture and how many of its municipalities this deployment serves. */
    public record PrefectureCount(String prefecture, long municipalities) {}

    /** The prefectures with municipalities here, in the order of their codes (北海道 first), with their numbers. */
    @Transactional(readOnly = true)
    public List<PrefectureCount> prefectures() {
        return repository.countByPrefecture().stream()
                .map(row -> new PrefectureCount((String) row[0], (Long) row[1]))
                .toList();
    }

    /** The municipalities of one prefecture, by code. */
    @Transactional(readOnly = true)
    public List<MunicipalityView> inPrefecture(String prefecture) {
        return repository.findByPrefectureOrderByCode(JapaneseText.fold(prefecture)).stream()
                .map(Municipality::view)
                .toList();
    }

    /** The municipalities whose name or reading contains the words (full- or half-width alike), at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<MunicipalityView> named(String words, int limit) {
        String folded = JapaneseText.fold(words).strip();
        if (folded.isEmpty()) {
            return List.of();
        }
        String pattern = "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return repository.findNamed(pattern, hiragana(pattern), Limit.of(limit)).stream()
                .map(Municipality::view)
                .toList();
    }

    /** Katakana as hiragana (ミタカ → みたか): readings are kept in hiragana. */
    private static String hiragana(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.chars().forEach(c -> out.append((char) (c >= 'ァ' && c <= 'ヶ' ? c - ('ァ' - 'ぁ') : c)));
        return out.toString();
    }

    @Transactional(readOnly = true)
    public Optional<MunicipalityView> find(String code) {
        // a page asks several times (controller, fiscal year, organisation, branding): one query per page. Every
        // page asks, so a page's read-only transaction reads the row with plain SQL: the repository's derived query
        // built its criteria and hydrated an entity each time, 12 % of the department list's CPU (issue 19's profile).
        // The row comes with the municipality's branding, which every public page shows (BrandingRows)
        return byCode.get(
                JapaneseText.fold(code),
                c -> ReadMemo.readOnly()
                        ? jdbc.sql("select " + ROW + " from " + ROW_FROM + " where m.code = ?")
                                .param(c)
                                .query((rs, n) -> rowWithBranding(rs))
                                .optional()
                        : repository.findByCode(c).map(Municipality::view));
    }

    /**
     * The municipality if this page's read-only transaction has already read it (nothing is read): a lookup that needs
     * only the municipality's id then reads its own row alone rather than with {@link #findWith}.
     */
    public Optional<MunicipalityView> remembered(String code) {
        Optional<MunicipalityView> known = byCode.peek(JapaneseText.fold(code));
        return known == null ? Optional.empty() : known;
    }

    /**
     * A row of another module's table, read in the same statement as its municipality's by {@link #findWith}: the
     * columns, named so as not to clash with the municipality's (aliased from {@code m}), the join that reads them (e.g.
     * {@code left join fiscal_year y on y.municipality_id = m.id and y.start_year = ?}), the join's parameters, and the
     * mapping of a row, empty when the join found nothing.
     */
    public record JoinedRead<T>(String columns, String join, List<?> params, RowMapper<Optional<T>> row) {}

    /** What {@link #findWith} read: the municipality, and the other module's row if there is one. */
    public record Joined<T>(MunicipalityView municipality, Optional<T> row) {}

    /**
     * The municipality and another module's row, in one statement: a page's first read is its municipality with its
     * fiscal year (issue 19: one statement fewer for every year's page). The municipality is remembered for the rest of
     * the page as {@link #find} remembers it, so the page's own lookup costs nothing. Plain SQL, which sees nothing
     * unflushed: only inside a read-only transaction (a page's), as {@link ReadMemo#readOnly} says.
     */
    @Transactional(readOnly = true)
    public <T> Optional<Joined<T>> findWith(String code, JoinedRead<T> read) {
        if (!ReadMemo.readOnly()) {
            throw new IllegalStateException("findWith reads with plain SQL: only inside a read-only transaction");
        }
        String c = JapaneseText.fold(code);
        List<Object> params = new ArrayList<>(read.params());
        params.add(c);
        Optional<Joined<T>> joined = jdbc.sql("select " + ROW + ", " + read.columns() + " from " + ROW_FROM + " "
                        + read.join() + " where m.code = ?")
                .params(params)
                .query((rs, n) -> new Joined<>(rowWithBranding(rs), read.row().mapRow(rs, n)))
                .optional();
        byCode.get(c, any -> joined.map(Joined::municipality));
        return joined;
    }

    /** A municipality's columns, with its branding's, as {@link #rowWithBranding} maps them ({@code m}, {@code b}). */
    private static final String ROW = "m.id, m.code, m.name, m.name_kana, m.prefecture, m.sample, m.public_note,"
            + " m.version, " + BrandingRows.COLUMNS;

    private static final String ROW_FROM =
            "municipality m left join municipality_branding b on b.municipality_id = m.id";

    /** The municipality on a row of {@link #ROW}; its branding, which the page will show, remembered for the page. */
    private static MunicipalityView rowWithBranding(ResultSet rs) throws SQLException {
        MunicipalityView m = new MunicipalityView(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("name_kana"),
                rs.getString("prefecture"),
                rs.getBoolean("sample"),
                rs.getString("public_note"),
                rs.getLong("version"));
        Optional<BrandingView> branding = BrandingRows.branding(rs);
        BrandingRows.READ.get(m.id(), id -> branding);
        return m;
    }

    @Transactional(readOnly = true)
    public Optional<MunicipalityView> findById(long id) {
        return repository.findById(id).map(Municipality::view);
    }

    /** The municipality, or a 404 in Japanese. */
    @Transactional(readOnly = true, noRollbackFor = NotFoundException.class)
    public MunicipalityView get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException(Messages.get("municipality.notRegistered", code)));
    }

    @Transactional
    public MunicipalityView register(
            LocalGovernmentCode code, String name, @Nullable String nameKana, String prefecture) {
        if (repository.existsByCode(code.value())) {
            throw new BusinessRuleException(Messages.get("municipality.alreadyRegistered", code));
        }
        return repository
                .save(new Municipality(
                        code,
                        JapaneseText.text(name),
                        JapaneseText.optionalText(nameKana).orElse(null),
                        JapaneseText.text(prefecture),
                        code.isSample()))
                .view();
    }

    @Transactional
    public void describe(
            String code,
            long editedVersion,
            String name,
            @Nullable String nameKana,
            String prefecture,
            @Nullable String publicNote) {
        Municipality municipality = repository
                .findByCode(code)
                .orElseThrow(() -> new NotFoundException(Messages.get("municipality.notRegistered", code)));
        ConcurrentEditException.check(editedVersion, municipality.view().version());
        municipality.describe(
                JapaneseText.text(name),
                JapaneseText.optionalText(nameKana).orElse(null),
                JapaneseText.text(prefecture),
                JapaneseText.optionalText(publicNote).orElse(null));
    }

    @Override
    public List<MunicipalityChoice> municipalities() {
        return all().stream()
                .map(m -> new MunicipalityChoice(m.code(), m.name()))
                .toList();
    }

    @Override
    public boolean exists(String code) {
        return repository.existsByCode(code);
    }
}
