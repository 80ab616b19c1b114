package jp.hoshin.publiccomment.web;

import java.time.LocalDate;
import java.util.List;

import jp.hoshin.identity.DepartmentDirectory;
import jp.hoshin.identity.Role;
import jp.hoshin.identity.SignIns;
import jp.hoshin.identity.internal.WebSliceSecurity;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.policyplan.PolicyPlans;
import jp.hoshin.publiccomment.Channels;
import jp.hoshin.publiccomment.ConsultationContent;
import jp.hoshin.publiccomment.ConsultationPeriod;
import jp.hoshin.publiccomment.ConsultationStatus;
import jp.hoshin.publiccomment.ConsultationView;
import jp.hoshin.publiccomment.Consultations;
import jp.hoshin.publiccomment.IndividualPlanContent;
import jp.hoshin.publiccomment.IndividualPlanKind;
import jp.hoshin.publiccomment.IndividualPlanStatus;
import jp.hoshin.publiccomment.IndividualPlanView;
import jp.hoshin.publiccomment.IndividualPlans;
import jp.hoshin.publiccomment.ItemAnswer;
import jp.hoshin.publiccomment.OpinionChannel;
import jp.hoshin.publiccomment.OpinionItems;
import jp.hoshin.publiccomment.OpinionSubmission;
import jp.hoshin.publiccomment.Opinions;
import jp.hoshin.publiccomment.PersonalData;
import jp.hoshin.publiccomment.Receipt;
import jp.hoshin.publiccomment.ReceivedOpinion;
import jp.hoshin.publiccomment.ReflectionCategories;
import jp.hoshin.publiccomment.ReflectionCategory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The staff controllers of 個別計画とパブリックコメント alone (services mocked), with the real security rules and the real
 * {@code Access}: who is refused (403 with the Japanese reason, the service never called) and which input is sent back
 * with a message before it reaches a service.
 */
@WebMvcTest(
        controllers = {
            IndividualPlanStaffController.class,
            ConsultationStaffController.class,
            OpinionStaffController.class,
            ReflectionStaffController.class
        })
@Import({WebSliceSecurity.class, ConsultationPage.class})
class CommentStaffControllersTest {

    private static final String M = "132047";
    private static final String STAFF = "/staff/m/" + M + "/comments";
    private static final long CONSULTATION = 7;
    private static final long PLAN = 3;

    @Autowired
    MockMvc mvc;

    @MockitoBean
    SignIns signIns;

    @MockitoBean
    Municipalities municipalities;

    @MockitoBean
    IndividualPlans plans;

    @MockitoBean
    Consultations consultations;

    @MockitoBean
    Opinions opinions;

    @MockitoBean
    OpinionItems items;

    @MockitoBean
    ReflectionCategories reflections;

    @MockitoBean
    PolicyPlans policyPlans;

    @MockitoBean
    DepartmentDirectory departments;

    @BeforeEach
    void aConsultationOfThePlanningDepartment() {
        when(municipalities.get(M)).thenReturn(new MunicipalityView(1, M, "三鷹市", "みたかし", "東京都", false, null, 0));
        ConsultationContent content = new ConsultationContent(
                "kikaku",
                "個別計画（素案）への意見募集",
                null,
                List.of(PLAN),
                null,
                ConsultationPeriod.standard(LocalDate.of(2026, 1, 1)),
                new Channels(true, null, null, null, null),
                365);
        when(consultations.consultation(M, CONSULTATION))
                .thenReturn(new ConsultationView(
                        CONSULTATION, M, content, ConsultationStatus.PREPARING, null, null, null, null, 0));
        when(plans.plan(M, PLAN))
                .thenReturn(new IndividualPlanView(
                        PLAN,
                        M,
                        new IndividualPlanContent(
                                "地域情報化プラン2022",
                                true,
                                IndividualPlanKind.FORMULATION,
                                "kikaku",
                                null,
                                null,
                                null,
                                null,
                                null,
                                List.of(),
                                null,
                                List.of()),
                        IndividualPlanStatus.OUTLINE,
                        0,
                        null));
    }

    @Test
    void refusedInputComesBackOnThePagesAfterTheRedirect() throws Exception {
        String list = mvc.perform(get(STAFF)
                        .flashAttr("archiveProblems", new java.util.ArrayList<>(List.of("「意見と市の考え方」シート 2行目 E列: 誤り")))
                        .flashAttr("archiveProblemCount", 1)
                        .with(WebSliceSecurity.as(signIns, Role.PLANNING_ADMIN, M)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains("取り込めませんでした。何も保存していません。", "「意見と市の考え方」シート 2行目 E列: 誤り");
        String plan = mvc.perform(get(STAFF + "/plans/" + PLAN)
                        .flashAttr(
                                jp.hoshin.shared.web.TypedForm.FLASH,
                                new jp.hoshin.shared.web.TypedForm(
                                        STAFF + "/plans/" + PLAN + "/documents",
                                        new java.util.LinkedHashMap<>(java.util.Map.of(
                                                "title", new java.util.ArrayList<>(List.of("素案の概要版")))),
                                        new java.util.LinkedHashMap<>(java.util.Map.of("file", "ファイルを選んでください。"))))
                        .with(WebSliceSecurity.as(signIns, Role.DEPARTMENT_EDITOR, M, "kikaku")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(plan)
                .contains("value=\"素案の概要版\"", "非公開（内部のみ）", "計画を公開する")
                .contains("id=\"doc-file-error\">ファイルを選んでください。");
    }

    @Test
    void staffPagesNeedASignIn() throws Exception {
        mvc.perform(get(STAFF + "/" + CONSULTATION))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void anotherDepartmentsEditorIsRefusedTheConsultationAndItsOpinions() throws Exception {
        String body = mvc.perform(get(STAFF + "/" + CONSULTATION)
                        .with(WebSliceSecurity.as(signIns, Role.DEPARTMENT_EDITOR, M, "somu")))
                .andExpect(status().isForbidden())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body).contains("この意見募集は、企画担当と担当部の職員だけが扱えます。");
        mvc.perform(get(STAFF + "/" + CONSULTATION + "/opinions.csv")
                        .with(WebSliceSecurity.as(signIns, Role.DEPARTMENT_EDITOR, M, "somu")))
                .andExpect(status().isForbidden());
        verify(opinions, never()).opinions(anyString(), anyLong(), anyBoolean());
    }

    @Test
    void onlyThePlanningSectionAndTheOwningDepartmentAnnounceAndPublish() throws Exception {
        for (Role role : List.of(Role.VIEWER, Role.REVIEWER)) {
            mvc.perform(post(STAFF + "/" + CONSULTATION + "/announce")
                            .with(csrf())
                            .with(WebSliceSecurity.as(signIns, role, M)))
                    .andExpect(status().isForbidden());
            mvc.perform(post(STAFF + "/" + CONSULTATION + "/publish")
                            .with(csrf())
                            .with(WebSliceSecurity.as(signIns, role, M)))
                    .andExpect(status().isForbidden());
        }
        verify(consultations, never()).announce(anyString(), anyLong());
        mvc.perform(post(STAFF + "/" + CONSULTATION + "/announce")
                        .with(csrf())
                        .with(WebSliceSecurity.as(signIns, Role.DEPARTMENT_EDITOR, M, "kikaku")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "公示しました。公開ページに掲載されます。"));
        verify(consultations).announce(M, CONSULTATION);
    }

    @Test
    void aStaffMemberOfAnotherMunicipalityIsRefused() throws Exception {
        String body = mvc.perform(get(STAFF).with(WebSliceSecurity.as(signIns, Role.PLANNING_ADMIN, "990001")))
                .andExpect(status().isForbidden())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body).contains("この自治体の情報を見る権限がありません。");
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post(STAFF + "/" + CONSULTATION + "/announce")
                        .with(WebSliceSecurity.as(signIns, Role.PLANNING_ADMIN, M)))
                .andExpect(status().isForbidden());
        verify(consultations, never()).announce(anyString(), anyLong());
    }

    @Test
    void anotherDepartmentsEditorCannotRegisterAPlanForThePlanningDepartment() throws Exception {
        String body = mvc.perform(post(STAFF + "/plans")
                        .with(csrf())
                        .param("name", "計画")
                        .param("departmentCode", "kikaku")
                        .with(WebSliceSecurity.as(signIns, Role.DEPARTMENT_EDITOR, M, "somu")))
                .andExpect(status().isForbidden())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body).contains("この部の情報を編集する権限がありません。");
        verify(plans, never()).register(anyString(), any());
    }

    @Test
    void aConsultationWithoutATitleComesBackAsTypedWithTheMessageNextToTheField() throws Exception {
        String body = mvc.perform(post(STAFF)
                        .with(csrf())
                        .param("departmentCode", "kikaku")
                        .param("startsOn", "2026-01-01")
                        .param("summary", "図書館の計画の素案です。")
                        .param("planIds", "3")
                        .param("eligibility", "市内在住・在勤・在学の方")
                        .param("retentionDays", "２００")
                        .with(WebSliceSecurity.as(signIns, Role.PLANNING_ADMIN, M)))
                .andExpect(status().is(422))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body)
                .contains("id=\"c-title-error\"", "件名を入力してください。")
                .contains("図書館の計画の素案です。", "value=\"市内在住・在勤・在学の方\"", "value=\"２００\"")
                .contains("value=\"2026-01-01\"");
        verify(consultations, never()).create(anyString(), any());
    }

    @Test
    void aShortPeriodWithoutAReasonAndAWrongDateComeBackNextToTheirFields() throws Exception {
        String body = mvc.perform(post(STAFF)
                        .with(csrf())
                        .param("departmentCode", "kikaku")
                        .param("title", "意見募集")
                        .param("planIds", "3")
                        .param("startsOn", "2026-01-01")
                        .param("deadline", "2026-01-14")
                        .with(WebSliceSecurity.as(signIns, Role.PLANNING_ADMIN, M)))
                .andExpect(status().is(422))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body)
                .contains("id=\"c-deadline-error\"")
                .contains("意見募集期間が30日より短いときは、その理由を入力してください（理由は公表されます）。")
                .contains("value=\"2026-01-14\"", "value=\"意見募集\"");
        body = mvc.perform(post(STAFF)
                        .with(csrf())
                        .param("departmentCode", "kikaku")
                        .param("title", "意見募集")
                        .param("planIds", "3")
                        .param("startsOn", "来月")
                        .param("retentionDays", "十日")
                        .with(WebSliceSecurity.as(signIns, Role.PLANNING_ADMIN, M)))
                .andExpect(status().is(422))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body)
                .contains("id=\"c-start-error\"", "開始日を日付で入力してください（例: 2026-01-26、令和8年1月26日）。")
                .contains("id=\"c-retention-error\"", "value=\"来月\"", "value=\"十日\"");
        verify(consultations, never()).create(anyString(), any());
    }

    @Test
    void aPlanWithoutANameComesBackAsTypedOnRegisterAndOnEdit() throws Exception {
        String body = mvc.perform(post(STAFF + "/plans")
                        .with(csrf())
                        .param("departmentCode", "kikaku")
                        .param("section", "企画経営課")
                        .param("purpose", "地域の情報化を進めます。")
                        .param("mainProjects", "公衆無線LAN\n電子申請")
                        .with(WebSliceSecurity.as(signIns, Role.DEPARTMENT_EDITOR, M, "kikaku")))
                .andExpect(status().is(422))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body)
                .contains("id=\"p-name-error\"", "計画名を入力してください。")
                .contains("value=\"企画経営課\"", "地域の情報化を進めます。", "公衆無線LAN\n電子申請");
        verify(plans, never()).register(anyString(), any());
        body = mvc.perform(post(STAFF + "/plans/" + PLAN)
                        .with(csrf())
                        .param("version", "0")
                        .param("name", "")
                        .param("departmentCode", "kikaku")
                        .param("period", "令和8年度〜令和12年度")
                        .with(WebSliceSecurity.as(signIns, Role.DEPARTMENT_EDITOR, M, "kikaku")))
                .andExpect(status().is(422))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body).contains("計画名を入力してください。", "value=\"令和8年度〜令和12年度\"");
        verify(plans, never()).describe(anyString(), anyLong(), anyLong(), any());
    }

    @Test
    void aStaleEditOfAPlanComesBackAsTypedWith409() throws Exception {
        org.mockito.Mockito.doThrow(new jp.hoshin.shared.ConcurrentEditException())
                .when(plans)
                .describe(eq(M), eq(PLAN), eq(0L), any());
        String body = mvc.perform(post(STAFF + "/plans/" + PLAN)
                        .with(csrf())
                        .param("version", "0")
                        .param("name", "地域情報化プラン2027")
                        .param("departmentCode", "kikaku")
                        .with(WebSliceSecurity.as(signIns, Role.DEPARTMENT_EDITOR, M, "kikaku")))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body).contains("value=\"地域情報化プラン2027\"");
    }

    @Test
    void aRecordedOpinionWithWrongFieldsComesBackAsTypedWithAMessageNextToEachField() throws Exception {
        ConsultationView prepared = consultations.consultation(M, CONSULTATION);
        when(consultations.consultation(M, CONSULTATION))
                .thenReturn(new ConsultationView(
                        CONSULTATION,
                        M,
                        prepared.content(),
                        ConsultationStatus.CLOSED,
                        java.time.Instant.parse("2025-12-20T00:00:00Z"),
                        null,
                        null,
                        null,
                        0));
        String body = mvc.perform(post(STAFF + "/" + CONSULTATION + "/opinions")
                        .with(csrf())
                        .param("channel", "POST")
                        .param("receivedOn", "先週")
                        .param("submitterType", "individual")
                        .param("name", "郵送 太郎")
                        .param("phone", "abc")
                        .with(WebSliceSecurity.as(signIns, Role.PLANNING_ADMIN, M)))
                .andExpect(status().is(422))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body)
                .contains("value=\"郵送 太郎\"", "value=\"abc\"", "value=\"先週\"")
                .contains("id=\"phone-error\"", "電話番号は数字とハイフンで入力してください（例: 0422-45-1151）。")
                .contains("id=\"receivedOn-error\"", "受付日を日付で入力してください（例: 2026-01-26、令和8年1月26日）。")
                .contains("id=\"opinion-error\"", "ご意見を入力してください。")
                // a letter need not give an address: no message for it
                .doesNotContain("住所を入力してください");
        verify(opinions, never()).record(anyString(), anyLong(), any(ReceivedOpinion.class));
    }

    @Test
    void anOpinionOnPaperIsRecordedWithOnlyTheDetailsItGave() throws Exception {
        when(opinions.record(eq(M), eq(CONSULTATION), any(ReceivedOpinion.class)))
                .thenReturn(new Receipt("PC-2026-000001-ABCD", CONSULTATION));
        mvc.perform(post(STAFF + "/" + CONSULTATION + "/opinions")
                        .with(csrf())
                        .param("channel", "POST")
                        .param("receivedOn", "令和8年1月5日")
                        .param("opinion", "図書館の開館時間を延ばしてください。")
                        .with(WebSliceSecurity.as(signIns, Role.PLANNING_ADMIN, M)))
                .andExpect(flash().attribute("flash", "意見を記録しました（受付番号 PC-2026-000001-ABCD）。"));
        verify(opinions)
                .record(
                        M,
                        CONSULTATION,
                        new ReceivedOpinion(
                                OpinionChannel.POST,
                                LocalDate.of(2026, 1, 5),
                                new OpinionSubmission(
                                        false, new PersonalData(null, null, null, null), PLAN, "図書館の開館時間を延ばしてください。")));
    }

    @Test
    void anItemAnswerWithWrongFieldsComesBackAsTypedWithAMessagePerField() throws Exception {
        when(reflections.categories(M)).thenReturn(ReflectionCategory.DEFAULTS);
        mvc.perform(post(STAFF + "/" + CONSULTATION + "/items/11")
                        .with(csrf())
                        .param("version", "3")
                        .param("text", "")
                        .param("topic", "講習会")
                        .param("cityView", "検討します。")
                        .param("reflection", "採用")
                        .param("sharesAnswerOf", "二")
                        .with(WebSliceSecurity.as(signIns, Role.DEPARTMENT_EDITOR, M, "kikaku")))
                .andExpect(redirectedUrl(STAFF + "/" + CONSULTATION + "#item-11"))
                .andExpect(flash().attribute("itemFormId", 11L))
                .andExpect(flash().attribute("itemForm", new ItemForm("", "講習会", "検討します。", "採用", "", "二", 3)))
                .andExpect(flash().attribute(
                                "itemErrors",
                                java.util.Map.of(
                                        "text", "意見の要旨を入力してください。",
                                        "reflection", "反映区分「採用」は一覧にありません。一覧から選んでください。",
                                        "sharesAnswerOf", "同じ回答とする意見の番号は数字で入力してください。")));
        verify(items, never()).answer(anyString(), anyLong(), anyLong(), anyLong(), any());
    }

    @Test
    void anItemAnswerIsSavedWithFullWidthDigitsForTheSharedNumber() throws Exception {
        when(reflections.categories(M)).thenReturn(ReflectionCategory.DEFAULTS);
        mvc.perform(post(STAFF + "/" + CONSULTATION + "/items/11")
                        .with(csrf())
                        .param("version", "3")
                        .param("text", "講習会を増やして")
                        .param("sharesAnswerOf", "１２")
                        .with(WebSliceSecurity.as(signIns, Role.DEPARTMENT_EDITOR, M, "kikaku")))
                .andExpect(flash().attribute("flash", "意見の要旨と市の考え方を保存しました。"));
        verify(items).answer(M, CONSULTATION, 11, 3, new ItemAnswer("講習会を増やして", null, null, null, null, 12));
    }

    @Test
    void onlyThePlanningSectionSetsTheReflectionCategoriesAndARefusedListComesBackAsTyped() throws Exception {
        mvc.perform(post(STAFF + "/reflections")
                        .with(csrf())
                        .param("lines", "＊採用")
                        .with(WebSliceSecurity.as(signIns, Role.DEPARTMENT_EDITOR, M, "kikaku")))
                .andExpect(status().isForbidden());
        verify(reflections, never()).save(anyString(), anyLong(), any());
        when(reflections.categories(M)).thenReturn(ReflectionCategory.DEFAULTS);
        org.mockito.Mockito.doThrow(new jp.hoshin.shared.BusinessRuleException("反映区分「採用」が重複しています。"))
                .when(reflections)
                .save(eq(M), anyLong(), any());
        String body = mvc.perform(post(STAFF + "/reflections")
                        .with(csrf())
                        .param("lines", "＊採用\n採用")
                        .with(WebSliceSecurity.as(signIns, Role.PLANNING_ADMIN, M)))
                .andExpect(status().is(422))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body).contains("反映区分「採用」が重複しています。").contains("＊採用\n採用");
    }

    @Test
    void anOpinionWithheldWithoutAReasonIsSentBack() throws Exception {
        org.mockito.Mockito.doThrow(new jp.hoshin.shared.BusinessRuleException("公表しない場合は、その理由を入力してください。"))
                .when(opinions)
                .handle(eq(M), eq(CONSULTATION), eq(11L), eq(0L), any());
        mvc.perform(post(STAFF + "/" + CONSULTATION + "/opinions/11")
                        .with(csrf())
                        .param("version", "0")
                        .param("publication", "WITHHELD")
                        .with(WebSliceSecurity.as(signIns, Role.DEPARTMENT_EDITOR, M, "kikaku")))
                .andExpect(redirectedUrl(STAFF + "/" + CONSULTATION + "#opinion-11"))
                .andExpect(flash().attribute("flashError", "公表しない場合は、その理由を入力してください。"));
    }

    @Test
    void aDraftDocumentOfAnotherTypeIsSentBack() throws Exception {
        mvc.perform(multipart(STAFF + "/plans/" + PLAN + "/documents")
                        .file(new MockMultipartFile("file", "soan.html", "text/html", "<html>".getBytes()))
                        .with(csrf())
                        .with(WebSliceSecurity.as(signIns, Role.DEPARTMENT_EDITOR, M, "kikaku")))
                .andExpect(redirectedUrl(STAFF + "/plans/" + PLAN))
                .andExpect(flash().attribute("flashError", "PDF ファイルを選んでください。"));
        verify(plans, never()).addDocument(anyString(), anyLong(), any());
        verify(plans, never()).advance(eq(M), anyLong());
    }
}
