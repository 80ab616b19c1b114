package jp.hoshin.organization;

import java.util.List;

import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The organisation of a year against the embedded PostgreSQL and the demo data (rolled back after each test). */
@SpringBootTest
@Transactional
class OrganizationIntegrationTest {

    private static final String MITAKA = "132047";

    @Autowired
    Organization organization;

    @Autowired
    Reorganization reorganization;

    @Autowired
    FiscalYears fiscalYears;

    @Test
    void demoDataHoldsTheSeedsOrganisations() {
        // other test classes may have committed further years (e.g. the workbook upload test's 2008)
        assertThat(fiscalYears.list(MITAKA))
                .extracting(y -> y.year().startYear())
                .containsSubsequence(2020, 2017, 2003);
        assertThat(organization.departments(MITAKA, 2003))
                .extracting(DepartmentView::name)
                .containsExactly("企画部", "総務部", "市民部", "生活環境部", "健康福祉部", "都市整備部", "水道部", "教育委員会");
        DepartmentView kikaku2003 = organization.department(MITAKA, 2003, "kikaku");
        assertThat(kikaku2003.profile().missionHeadline()).isEqualTo("効率的な市政運営と健全な財政運営、地域情報化の推進");
        assertThat(organization.department(MITAKA, 2020, "toshi-seibi").sections())
                .extracting(SectionView::name)
                .contains("道路管理課", "緑と公園課", "都市計画課", "都市交通課", "水再生課");
        List<DepartmentView> sample = organization.departments("990001", 2024);
        assertThat(sample).hasSize(8);
        assertThat(sample.getFirst().name()).isEqualTo("政策経営部");
        assertThat(sample.getFirst().profile().headName()).isEqualTo("神山 尚");
        assertThat(sample.getFirst().profile().headNameKana()).isEqualTo("かみやま たかし");
        assertThat(sample.getFirst().sections())
                .extracting(SectionView::name)
                .containsExactly("企画政策課", "公共施設再編課", "市長室", "広報プロモーション課", "財政課");
    }

    @Test
    void educationCommitteeBecameEducationDepartmentAsARename() {
        DepartmentHistory history = organization.history(MITAKA, 2020, "kyoiku");
        assertThat(history.entries())
                .extracting(e -> e.year().startYear() + ":" + e.name())
                .containsSubsequence("2003:教育委員会", "2017:教育部", "2020:教育部");
        assertThat(history.entries())
                .filteredOn(e -> e.year().startYear() == 2017)
                .singleElement()
                .satisfies(e -> assertThat(e.from())
                        .singleElement()
                        .satisfies(l -> assertThat(l.kind()).isEqualTo(LineageKind.RENAMED)));
    }

    @Test
    void openingAYearCopiesTheLatestOrganisationForEditing() {
        fiscalYears.open(MITAKA, FiscalYear.of(2021), "test");
        List<DepartmentView> copied = organization.departments(MITAKA, 2021);
        assertThat(copied)
                .extracting(DepartmentView::code)
                .containsExactlyElementsOf(organization.departments(MITAKA, 2020).stream()
                        .map(DepartmentView::code)
                        .toList());
        assertThat(organization.department(MITAKA, 2021, "kikaku").sections())
                .extracting(SectionView::name)
                .containsExactly("企画経営課", "情報推進課");
        assertThat(organization.history(MITAKA, 2021, "kikaku").entries())
                .extracting(e -> e.year().startYear())
                .containsSubsequence(2003, 2017, 2020, 2021);
    }

    @Test
    void aRenameKeepsTheCodeAndIsFollowedAcrossYears() {
        fiscalYears.open(MITAKA, FiscalYear.of(2021), "test");
        DepartmentView kikaku = organization.department(MITAKA, 2021, "kikaku");
        reorganization.rename(MITAKA, 2021, "kikaku", kikaku.version(), "政策経営部");
        DepartmentHistory history = organization.history(MITAKA, 2021, "kikaku");
        // the year renamed (the demo also has a later year in progress, reached through 2020)
        DepartmentHistory.Entry last = history.entries().stream()
                .filter(e -> e.year().startYear() == 2021)
                .findFirst()
                .orElseThrow();
        assertThat(last.name()).isEqualTo("政策経営部");
        assertThat(last.from()).singleElement().satisfies(l -> {
            assertThat(l.kind()).isEqualTo(LineageKind.RENAMED);
            assertThat(l.name()).isEqualTo("企画部");
        });
    }

    @Test
    void splitAndMergeAreRecordedInTheLineage() {
        fiscalYears.open(MITAKA, FiscalYear.of(2021), "test");
        reorganization.split(MITAKA, 2021, "kenko-fukushi", "korei", "高齢福祉部", List.of("高齢者支援課"));
        assertThat(organization.department(MITAKA, 2021, "kenko-fukushi").sections())
                .extracting(SectionView::name)
                .doesNotContain("高齢者支援課");
        assertThat(in2021(organization.history(MITAKA, 2021, "korei")).from())
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.kind()).isEqualTo(LineageKind.SPLIT);
                    assertThat(l.name()).isEqualTo("健康福祉部");
                });

        reorganization.merge(MITAKA, 2021, "seikatsu-kankyo", List.of("toshi-saisei"), "市民環境部");
        DepartmentView merged = organization.department(MITAKA, 2021, "seikatsu-kankyo");
        assertThat(merged.name()).isEqualTo("市民環境部");
        assertThat(merged.sections()).extracting(SectionView::name).contains("再開発課", "ごみ対策課");
        assertThat(in2021(organization.history(MITAKA, 2021, "seikatsu-kankyo")).from())
                .extracting(DepartmentHistory.Link::name)
                .containsExactlyInAnyOrder("生活環境部", "都市再生部");
        assertThatThrownBy(() -> organization.department(MITAKA, 2021, "toshi-saisei"))
                .hasMessageContaining("ありません");
    }

    @Test
    void aClosedYearRefusesChanges() {
        var fy = fiscalYears.get(MITAKA, 2017);
        fiscalYears.close(MITAKA, 2017, fy.version(), "test");
        DepartmentView d = organization.department(MITAKA, 2017, "somu");
        assertThatThrownBy(() -> organization.describe(MITAKA, 2017, "somu", d.version(), d.profile(), List.of()))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("締められているため変更できません");
    }

    @Test
    void aStaleVersionIsRefusedNotOverwritten() {
        DepartmentView d = organization.department(MITAKA, 2020, "somu");
        DepartmentProfile first = new DepartmentProfile("山田 一郎", "やまだ いちろう", null, null, null, null, 120, 1_000_000L);
        organization.describe(MITAKA, 2020, "somu", d.version(), first, List.of("安全安心課", "防災課"));
        DepartmentProfile second = new DepartmentProfile("鈴木 花子", null, null, null, null, null, 99, null);
        assertThatThrownBy(() -> organization.describe(MITAKA, 2020, "somu", d.version(), second, List.of()))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("他の職員が更新しました");
        assertThat(organization.department(MITAKA, 2020, "somu").profile().headName())
                .isEqualTo("山田 一郎");
    }

    @Test
    void openingAnExistingYearIsRefused() {
        assertThatThrownBy(() -> fiscalYears.open(MITAKA, FiscalYear.of(2020), "test"))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("既に開始されています");
    }

    /** The 2021 entry of a history (the demo also has a later year in progress, reached through 2020). */
    private static DepartmentHistory.Entry in2021(DepartmentHistory history) {
        return history.entries().stream()
                .filter(e -> e.year().startYear() == 2021)
                .findFirst()
                .orElseThrow();
    }
}
