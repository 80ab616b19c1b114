package jp.hoshin.committee;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import jp.hoshin.StaffUsers;
import jp.hoshin.identity.SignIns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The committee's pages against the real database: who reads and writes (planning section, a department, the mayor's
 * office, another city, the public), the public page shows only what was published and a member's name only where its
 * publication was agreed, bad input comes back with messages next to the fields and the typed values, saving nothing.
 * 三鷹市 2003 (an open year without a demo committee); rolled back after each test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class CommitteeWebTest {

    private static final String M = "132047";
    private static final int FY = 2003;
    private static final String STAFF = "/staff/m/132047/2003/committee";
    private static final String PUBLIC = "/m/132047/2003/measure-evaluations/committee";

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIns signIns;

    @Autowired
    Committees committees;

    @Autowired
    CommitteeReviews reviews;

    @Autowired
    CommitteeMeasures measures;

    MeasureRef owned;
    MeasureRef notOwned;

    @BeforeEach
    void committee() {
        committees.establish(M, FY, "市民評価委員会");
        committees.addMember(M, FY, new MemberDraft("公開 花子", "委員長", "三鷹大学", true));
        committees.addMember(M, FY, new MemberDraft("非公開 太郎", "委員", "公募市民", false));
        List<MeasureRef> all = measures.measures(M);
        owned = all.stream().filter(m -> m.ownedBy("kikaku")).findFirst().orElseThrow();
        notOwned = all.stream()
                .filter(m -> !m.ownedBy("kikaku") && !m.departments().isEmpty())
                .findFirst()
                .orElseThrow();
    }

    @Test
    void thePublicPageShowsOnlyAPublishedCommitteeAndOnlyPublishedNames() throws Exception {
        mvc.perform(get(PUBLIC)).andExpect(status().isNotFound());
        reviews.rate(M, FY, owned.id(), 0, "A");
        reviews.recommend(M, FY, owned.id(), "窓口の待ち時間を公表すること", "次年度から公表します。");
        committees.publish(M, FY, committees.find(M, FY).orElseThrow().version(), "test");

        String page = mvc.perform(get(PUBLIC))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("市民評価委員会", "公開 花子", "三鷹大学", "委員長", "（氏名非公表）")
                .contains(owned.title(), "窓口の待ち時間を公表すること", "次年度から公表します。")
                .doesNotContain("非公開 太郎", "公募市民");
        assertThat(page).contains("lang=\"ja\"");
    }

    @Test
    void onlyThePlanningSectionWritesAndADepartmentReadsItsOwnMeasures() throws Exception {
        for (String reader : List.of("mitaka-admin", "mitaka-kikaku", "mitaka-review", "mitaka-viewer")) {
            mvc.perform(get(STAFF).with(StaffUsers.as(signIns, reader))).andExpect(status().isOk());
        }
        mvc.perform(get(STAFF).with(StaffUsers.as(signIns, "sample-admin"))).andExpect(status().isForbidden());
        mvc.perform(get(STAFF)).andExpect(status().is3xxRedirection());

        for (String writer : List.of("mitaka-kikaku", "mitaka-review", "mitaka-viewer")) {
            mvc.perform(post(STAFF + "/members")
                            .with(csrf())
                            .with(StaffUsers.as(signIns, writer))
                            .param("name", "追加 次郎")
                            .param("role", "委員"))
                    .andExpect(status().isForbidden());
            mvc.perform(post(STAFF + "/measures/" + owned.id() + "/recommendations")
                            .with(csrf())
                            .with(StaffUsers.as(signIns, writer))
                            .param("text", "部による提言"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post(STAFF + "/members")
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-admin"))
                        .param("name", "追加 次郎")
                        .param("role", "委員"))
                .andExpect(status().is3xxRedirection());
        assertThat(committees.members(M, FY)).extracting(MemberView::name).contains("追加 次郎");

        mvc.perform(get(STAFF + "/measures/" + owned.id()).with(StaffUsers.as(signIns, "mitaka-kikaku")))
                .andExpect(status().isOk());
        mvc.perform(get(STAFF + "/measures/" + notOwned.id()).with(StaffUsers.as(signIns, "mitaka-kikaku")))
                .andExpect(status().isForbidden());
        mvc.perform(get(STAFF + "/measures/" + notOwned.id()).with(StaffUsers.as(signIns, "mitaka-review")))
                .andExpect(status().isOk());

        RecommendationView r = reviews.recommend(M, FY, notOwned.id(), "他部の施策への提言", "");
        String list = mvc.perform(
                        get("/staff/m/132047/committee/recommendations").with(StaffUsers.as(signIns, "mitaka-kikaku")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).doesNotContain("他部の施策への提言");
        String csv = mvc.perform(get("/staff/m/132047/committee/recommendations.csv")
                        .with(StaffUsers.as(signIns, "mitaka-admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF提言ID,提言の年度").contains("他部の施策への提言", notOwned.title());
        mvc.perform(get(STAFF + "/recommendations/" + r.id()).with(StaffUsers.as(signIns, "mitaka-kikaku")))
                .andExpect(status().isForbidden());
    }

    @Test
    void badInputComesBackWithMessagesNextToTheFieldsAndSavesNothing() throws Exception {
        String page = mvc.perform(post(STAFF + "/members")
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-admin"))
                        .param("name", "")
                        .param("role", "副委員長")
                        .param("affiliation", "あ".repeat(201)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("氏名を入力してください。")
                .contains("所属・選出区分は200文字以内で入力してください（現在201文字）。")
                .contains("value=\"副委員長\"");
        assertThat(committees.members(M, FY)).hasSize(2);

        page = mvc.perform(multipart(STAFF + "/meetings")
                        .file(new MockMultipartFile("file", "minutes.pdf", "application/pdf", "not a pdf".getBytes()))
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-admin"))
                        .param("number", "１")
                        .param("heldOn", "令和6年7月10日")
                        .param("agenda", "施策評価について"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("会議録はPDFファイルを選んでください。").contains("施策評価について");
        assertThat(committees.meetings(M, FY)).isEmpty();

        page = mvc.perform(post(STAFF + "/meetings")
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-admin"))
                        .param("number", "0")
                        .param("heldOn", "7月のどこか")
                        .param("agenda", ""))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("回を1以上の整数で入力してください。")
                .contains("開催日は 2024-07-10 や 令和6年7月10日 のように日付で入力してください。")
                .contains("議題を入力してください。")
                .contains("7月のどこか");

        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        mvc.perform(multipart(STAFF + "/meetings")
                        .file(new MockMultipartFile("file", "第1回会議録.pdf", "application/pdf", pdf))
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-admin"))
                        .param("number", "１")
                        .param("heldOn", "令和6年7月10日")
                        .param("agenda", "施策評価について"))
                .andExpect(status().is3xxRedirection());
        MeetingView meeting = committees.meetings(M, FY).getFirst();
        assertThat(meeting.number()).isEqualTo(1);
        assertThat(meeting.heldOn()).isEqualTo(LocalDate.of(2024, 7, 10));
        assertThat(meeting.hasPdf()).isTrue();
        byte[] served = mvc.perform(get(STAFF + "/meetings/" + meeting.id() + "/minutes.pdf")
                        .with(StaffUsers.as(signIns, "mitaka-viewer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(served).isEqualTo(pdf);
        mvc.perform(get(PUBLIC + "/meetings/" + meeting.id() + "/minutes.pdf")).andExpect(status().isNotFound());

        page = mvc.perform(post(STAFF + "/measures/" + owned.id() + "/recommendations")
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-admin"))
                        .param("text", " ")
                        .param("answer", "方針だけ"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("提言を入力してください。").contains("方針だけ");
        assertThat(reviews.measureYear(M, FY, owned.id()).thisYear()).isEmpty();

        page = mvc.perform(post(STAFF + "/measures/" + owned.id() + "/rating")
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-admin"))
                        .param("rating", "Z")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("評価「Z」は評価の区分にありません。");

        RecommendationView r = reviews.recommend(M, FY, owned.id(), "提言", "");
        page = mvc.perform(post(STAFF + "/recommendations/" + r.id())
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-admin"))
                        .param("text", "古い画面からの修正")
                        .param("answer", "")
                        .param("version", String.valueOf(r.version() + 5)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("他の職員が更新しました").contains("古い画面からの修正");
        assertThat(reviews.get(M, r.id()).text()).isEqualTo("提言");

        mvc.perform(post("/staff/m/132047/2004/committee/recommendations/" + r.id() + "/follow-up")
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-admin"))
                        .param("state", "NOPE"))
                .andExpect(status().isOk());
        assertThat(reviews.get(M, r.id()).history().entries()).isEmpty();
        mvc.perform(get("/staff/m/132047/abc/committee").with(StaffUsers.as(signIns, "mitaka-admin")))
                .andExpect(status().is4xxClientError());
        mvc.perform(get("/staff/m/132047/99999/committee").with(StaffUsers.as(signIns, "mitaka-admin")))
                .andExpect(status().isNotFound());
    }
}
