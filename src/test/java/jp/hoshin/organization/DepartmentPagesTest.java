package jp.hoshin.organization;

import jp.hoshin.StaffUsers;
import jp.hoshin.identity.SignIns;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The department pages and API as users meet them: Japanese messages, full-width input, conflicts, 404s. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class DepartmentPagesTest {

    private static final String FORM = "/staff/m/132047/2020/departments/somu";

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIns signIns;

    @Autowired
    Organization organization;

    @Test
    void fullWidthNumbersAreAcceptedAsNumbers() throws Exception {
        long version = organization.department("132047", 2020, "somu").version();
        mvc.perform(post(FORM)
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-somu"))
                        .param("version", Long.toString(version))
                        .param("headName", "　三鷹　太郎　")
                        .param("headNameKana", "みたか たろう")
                        .param("staffCount", "３３０")
                        .param("budgetYen", "１２，３４５，６７８，０００")
                        .param("sections", "安全安心課\n防災課\n\n総務課"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(FORM));
        DepartmentView saved = organization.department("132047", 2020, "somu");
        assertThat(saved.profile().headName()).isEqualTo("三鷹　太郎");
        assertThat(saved.profile().staffCount()).isEqualTo(330);
        assertThat(saved.profile().budgetYen()).isEqualTo(12_345_678_000L);
        assertThat(saved.sections()).extracting(SectionView::name).containsExactly("安全安心課", "防災課", "総務課");
    }

    @Test
    void badInputIsExplainedNextToTheFieldAndNothingIsSaved() throws Exception {
        DepartmentView before = organization.department("132047", 2020, "somu");
        mvc.perform(post(FORM)
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-somu"))
                        .param("version", Long.toString(before.version()))
                        .param("headName", "あ".repeat(61))
                        .param("headNameKana", "Mitaka")
                        .param("staffCount", "多数")
                        .param("budgetYen", "-5")
                        .param("sections", "防災課\n防災課"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("部長名は60文字以内で入力してください（現在61文字）。")))
                .andExpect(content().string(containsString("部長名（ふりがな）はひらがな・カタカナで入力してください。")))
                .andExpect(content().string(containsString("職員数は0以上の整数で入力してください")))
                .andExpect(content().string(containsString("予算規模（円）は0以上の整数で入力してください")))
                .andExpect(content().string(containsString("同じ名前の課・係が重複しています。")))
                .andExpect(content().string(containsString("id=\"staffCount-error\"")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        assertThat(organization.department("132047", 2020, "somu")).isEqualTo(before);
    }

    @Test
    void theSecondOfTwoEditorsIsToldAndKeepsTheirInput() throws Exception {
        long version = organization.department("132047", 2020, "somu").version();
        mvc.perform(post(FORM)
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-admin"))
                        .param("version", Long.toString(version))
                        .param("headName", "先に保存した人"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(FORM)
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-somu"))
                        .param("version", Long.toString(version))
                        .param("headName", "後から保存した人"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("他の職員が更新しました")))
                .andExpect(content().string(containsString("value=\"後から保存した人\"")));
        assertThat(organization.department("132047", 2020, "somu").profile().headName())
                .isEqualTo("先に保存した人");
    }

    @Test
    void publicPagesShowWarekiAndTheSampleCityIsLabelled() throws Exception {
        mvc.perform(get("/m/132047/2020/departments"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("令和2（2020）年度 部の一覧")))
                .andExpect(content().string(containsString("都市再生部")));
        mvc.perform(get("/m/990001/")).andExpect(content().string(containsString("見本のデータ")));
        mvc.perform(get("/m/990001/2024/departments/seisaku-keiei"))
                .andExpect(content().string(containsString("風通しの良い体制づくり")))
                .andExpect(content().string(containsString("かみやま たかし")));
    }

    @Test
    void theSampleCitysResultsAnnouncementCountsEachResult() throws Exception {
        mvc.perform(get("/m/990001/2024/results"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("令和6年度 部長目標 結果発表")))
                .andExpect(content().string(containsString("イベントの見直しについて方向性を固めます！")))
                .andExpect(content().string(containsString("相手のあること、財政的制約があることを除き、達成しました。")))
                .andExpect(content().string(containsString("<th scope=\"row\">全体</th>")))
                .andExpect(
                        content()
                                .string(
                                        org.hamcrest.Matchers.matchesPattern(
                                                "(?s).*全体</th>\\s*<td class=\"num\">43</td>\\s*<td class=\"num\">1</td>\\s*<td class=\"num\">0</td>\\s*<td class=\"num set-apart\">3<span\\s+class=\"attention\">要注意</span></td>\\s*<td class=\"num\">47</td>.*")));
    }

    @Autowired
    jp.hoshin.departmentplan.DepartmentPlans plans;

    @Autowired
    jp.hoshin.departmentplan.PlanWorkflow workflow;

    @Autowired
    jp.hoshin.departmentplan.PlanResults results;

    @Autowired
    jp.hoshin.departmentplan.PlanCarryOver carryOvers;

    @Test
    void theNextPlanOffersUnfinishedGoalsToCarryOver() throws Exception {
        var plan = plans.startDraft(new jp.hoshin.departmentplan.PlanReference("132047", 2017, "kyoiku"));
        plan = plans.addProject(
                new jp.hoshin.departmentplan.PlanReference("132047", 2017, "kyoiku"),
                plan.version(),
                new jp.hoshin.departmentplan.ProjectContent(
                        "市庁舎等の建て替えに向けた基本構想の策定", "企画経営課", null, true, java.util.List.of(), null));
        plan = workflow.submit(
                new jp.hoshin.departmentplan.PlanReference("132047", 2017, "kyoiku"), plan.version(), "u");
        plan = workflow.startConsultation(
                new jp.hoshin.departmentplan.PlanReference("132047", 2017, "kyoiku"), plan.version(), "u");
        plan = workflow.finalizeAfterConsultation(
                new jp.hoshin.departmentplan.PlanReference("132047", 2017, "kyoiku"), plan.version(), "u");
        results.recordResult(
                new jp.hoshin.departmentplan.PlanReference("132047", 2017, "kyoiku"),
                plan.version(),
                1,
                "着手",
                null,
                java.util.List.of());
        var next = plans.startDraft(new jp.hoshin.departmentplan.PlanReference("132047", 2020, "kyoiku"));
        String page = "/staff/m/132047/2020/plans/kyoiku";
        mvc.perform(get(page).with(StaffUsers.as(signIns, "mitaka-admin")))
                .andExpect(content().string(containsString("前年度までの未達成の目標を繰り越す")))
                .andExpect(content().string(containsString("市庁舎等の建て替えに向けた基本構想の策定（着手）")));
        long fromId = carryOvers
                .unfinishedFromEarlierYear(new jp.hoshin.departmentplan.PlanReference("132047", 2020, "kyoiku"))
                .getFirst()
                .id();
        mvc.perform(post(page + "/carry-over")
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-admin"))
                        .param("version", Long.toString(next.version()))
                        .param("project", Long.toString(fromId)))
                .andExpect(status().is3xxRedirection());
        assertThat(plans.find(new jp.hoshin.departmentplan.PlanReference("132047", 2020, "kyoiku"))
                        .orElseThrow()
                        .projects())
                .singleElement()
                .satisfies(p -> assertThat(p.carriedFromId()).isEqualTo(fromId));
        mvc.perform(get(page).with(StaffUsers.as(signIns, "mitaka-admin")))
                .andExpect(content().string(containsString("前年度から繰り越し")));
    }

    @Test
    void publishedPlansAreOpenData() throws Exception {
        mvc.perform(get("/api/v1/municipalities/990001/fiscal-years/2024/department-plans"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(8))
                .andExpect(jsonPath("$[0].departmentName").value("政策経営部"))
                .andExpect(jsonPath("$[0].projects[0].title").value("イベントの見直しについて方向性を固めます！"))
                .andExpect(jsonPath("$[0].projects[0].result").value("達成"))
                .andExpect(jsonPath("$[0].resultsPublished").value(true));
        mvc.perform(get("/api/v1/municipalities/132047/fiscal-years/2020/department-plans?"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.departmentCode == 'somu')]").isEmpty());
        mvc.perform(get("/api/v1/municipalities/132047/fiscal-years/2003/department-plans"))
                .andExpect(jsonPath("$.length()").value(8))
                .andExpect(jsonPath("$[0].projects[0].targets[0].targetValue").value(330000));
        mvc.perform(get("/api/v1/municipalities/132047/fiscal-years/2017/department-plans"))
                .andExpect(jsonPath("$.length()").value(7))
                .andExpect(jsonPath("$[0].projects[0].main").value(true))
                .andExpect(jsonPath("$[0].resultsPublished").value(false));
    }

    @Test
    void theNewsletterArticleShowsEachDepartmentsMainProjects() throws Exception {
        mvc.perform(get("/m/132047/2017/newsletter"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("各部の取り組みを紹介します")))
                .andExpect(content().string(containsString("スポーツと文化部")))
                .andExpect(content().string(containsString("保育園などでの待機児童の解消を図る")));
    }

    @Test
    void unknownMunicipalityYearOrDepartmentIsA404InJapanese() throws Exception {
        mvc.perform(get("/m/999999/"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("自治体コード「999999」の自治体は登録されていません。")));
        mvc.perform(get("/m/132047/1999/departments"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("平成11（1999）年度は登録されていません")));
        mvc.perform(get("/m/132047/2020/departments/nothing")).andExpect(status().isNotFound());
        mvc.perform(get("/m/132047/abc/departments")).andExpect(status().isNotFound());
        mvc.perform(get("/m/132047/2020/plans/somu"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("総務部の運営方針と目標は、まだ公表されていません。")))
                .andExpect(content().string(containsString("<title>見つかりません | 三鷹市</title>")));
    }

    @Test
    void apiListsDepartmentsWithHeadSectionsAndResourcesAndReportsProblems() throws Exception {
        mvc.perform(get("/api/v1/municipalities"))
                .andExpect(jsonPath("$[?(@.code=='132047')].name").value("三鷹市"));
        mvc.perform(get("/api/v1/municipalities/990001/fiscal-years/2024/departments"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("政策経営部"))
                .andExpect(jsonPath("$[0].head.name").value("神山 尚"))
                .andExpect(jsonPath("$[0].sections[0].name").value("企画政策課"))
                .andExpect(jsonPath("$[0].resources").exists());
        mvc.perform(get("/api/v1/municipalities/132047/fiscal-years/1999/departments"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").value(containsString("登録されていません")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                                "/api/v1/municipalities/132047/fiscal-years/2020/departments/kikaku")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("サインインが必要です"));
    }

    @Test
    void aDepartmentsPageLinksToWhatIsPublishedOfItAndLeavesOutWhatIsEmpty() throws Exception {
        String sample = mvc.perform(get("/m/990001/2024/departments/seisaku-keiei"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(sample)
                .contains("令和6（2024）年度の運営方針と目標・事業評価")
                .contains("href=\"/m/990001/2024/plans/seisaku-keiei\"")
                .contains("の運営方針と目標・結果");
        // 三鷹市 2020: nothing published for the department, no heads registered: no links, no 「未登録」
        String mitaka = mvc.perform(get("/m/132047/2020/departments/toshi-saisei"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(mitaka).doesNotContain("運営方針と目標・事業評価", "未登録");
        String list = mvc.perform(get("/m/132047/2020/departments"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(list).doesNotContain("未登録");
    }
}
