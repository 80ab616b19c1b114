package jp.hoshin.publiccomment;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jp.hoshin.StaffUsers;
import jp.hoshin.identity.SignIns;
import jp.hoshin.policyplan.PolicyPlans;
import jp.hoshin.shared.JapaneseDates;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The opinion form and the staff side against the real pages and database: field messages, the period checked on
 * the server, the receipt, the rate limit, who may read opinions, and no personal data anywhere public, exported
 * or logged after a full cycle. Each test makes its own plans and consultations in 三鷹市.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class PublicCommentWebTest {

    private static final String M = "132047";

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIns signIns;

    @Autowired
    IndividualPlans plans;

    @Autowired
    Consultations consultations;

    @Autowired
    Opinions opinions;

    @Autowired
    OpinionItems items;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private IndividualPlanView plan;
    private PublicCommentFixtures comments;
    private LocalDate today;

    @BeforeEach
    void plan() {
        today = LocalDate.now(clock.withZone(ConsultationPeriod.JAPAN));
        plan = plans.register(M, PublicCommentFixtures.detailedPlan("テスト計画" + UUID.randomUUID()));
        comments = new PublicCommentFixtures(M, consultations, opinions, jdbc);
    }

    private long consultation(LocalDate start) {
        return comments.announced(PublicCommentFixtures.detailedConsultation("テスト意見募集", plan.id(), start))
                .id();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private MockHttpServletRequestBuilder opinion(
            long id, String address, String name, String phone, String text, String client) {
        return post("/m/" + M + "/comments/" + id + "/opinion")
                .with(csrf())
                .with(r -> {
                    r.setRemoteAddr(client);
                    return r;
                })
                .param("submitterType", "individual")
                .param("address", address)
                .param("name", name)
                .param("phone", phone)
                .param("planId", String.valueOf(plan.id()))
                .param("opinion", text);
    }

    private int count(long consultationId) {
        Integer n = jdbc.queryForObject(
                "select count(*) from opinion where consultation_id = ?", Integer.class, consultationId);
        return n == null ? 0 : n;
    }

    @Test
    void everyMissingFieldIsNamedNextToItAndNothingIsSaved() throws Exception {
        long id = consultation(today.minusDays(1));
        String html = mvc.perform(post("/m/" + M + "/comments/" + id + "/opinion")
                        .with(csrf())
                        .param("submitterType", "group")
                        .param("planId", ""))
                .andExpect(status().is(422))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains(
                        "id=\"address-error\"",
                        "所在地を入力してください。",
                        "id=\"name-error\"",
                        "団体名を入力してください。",
                        "id=\"representative-error\"",
                        "代表者の氏名を入力してください。",
                        "id=\"phone-error\"",
                        "電話番号を入力してください。",
                        "id=\"opinion-error\"",
                        "ご意見を入力してください。",
                        "aria-invalid=\"true\"");
        assertThat(count(id)).isZero();
    }

    @Test
    void aConsultationThatAsksOnlyForTheNameTakesAnOpinionWithoutAddressOrPhoneAndKeepsWhatWasTyped() throws Exception {
        ConsultationView c = consultations.create(
                M,
                new ConsultationContent(
                        "kikaku",
                        "名前だけの意見募集",
                        null,
                        List.of(plan.id()),
                        null,
                        ConsultationPeriod.standard(today.minusDays(1)),
                        new Channels(true, null, null, null, null),
                        30,
                        "市内在住・在勤・在学の方",
                        java.util.Set.of(SubmitterDetail.NAME)));
        consultations.announce(M, c.id());
        String page = mvc.perform(get("/m/" + M + "/comments/" + c.id()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("市内在住・在勤・在学の方", "氏名（団体名・代表者の氏名）");
        String html = mvc.perform(opinion(c.id(), "", "", "", "駅前に駐輪場を増やしてください。", "10.7.0.1"))
                .andExpect(status().is(422))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("id=\"name-error\"", "氏名を入力してください。", "駅前に駐輪場を増やしてください。</textarea>")
                .doesNotContain("住所を入力してください。")
                .doesNotContain("電話番号を入力してください。");
        mvc.perform(opinion(c.id(), "", "三鷹 次郎", "", "駅前に駐輪場を増やしてください。", "10.7.0.2"))
                .andExpect(status().is3xxRedirection());
        assertThat(opinions.opinions(M, c.id(), true)).singleElement().satisfies(o -> {
            assertThat(o.submitter().name()).isEqualTo("三鷹 次郎");
            assertThat(o.submitter().address()).isNull();
            assertThat(o.submitter().phone()).isNull();
        });
    }

    @Test
    void everyTooLongFieldSaysHowLongItMayBe() throws Exception {
        long id = consultation(today.minusDays(1));
        String html = mvc.perform(
                        opinion(id, "あ".repeat(201), "い".repeat(101), "0".repeat(31), "う".repeat(4001), "10.1.0.1"))
                .andExpect(status().is(422))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains(
                        "住所は200文字以内で入力してください（現在201文字）。",
                        "氏名は100文字以内で入力してください（現在101文字）。",
                        "電話番号は30文字以内で入力してください（現在31文字）。",
                        "ご意見は4000文字以内で入力してください（現在4001文字）。");
        assertThat(count(id)).isZero();
    }

    @Test
    void anOpenConsultationTakesTheOpinionAndGivesAReceipt() throws Exception {
        long id = consultation(today.minusDays(29));
        Long published = jdbc.queryForObject("select version from public_content_version", Long.class);
        MvcResult r = mvc.perform(opinion(id, "三鷹市野崎1-1-1", "三鷹 花子", "0422-45-1151", "賛成です。", "10.1.0.2"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String location = r.getResponse().getRedirectedUrl();
        assertThat(location).matches("/m/132047/comments/" + id + "/receipt\\?number=PC-\\d{4}-\\d{6}-[A-Z2-9]{4}");
        String receipt = location.substring(location.indexOf('=') + 1);
        assertThat(mvc.perform(get(location)).andReturn().getResponse().getContentAsString())
                .contains(receipt, "ご意見を受け付けました");
        assertThat(mvc.perform(get("/m/132047/comments/" + id + "/receipt?number=PC-2026-999999-ZZZZ"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("この受付番号の意見は見つかりません。");
        assertThat(jdbc.queryForObject(
                        "select count(*) from opinion where receipt_number = ? and consultation_id = ?",
                        Integer.class,
                        receipt,
                        id))
                .isEqualTo(1);
        // receiving an opinion changes nothing public: the public page cache stays valid under a flood
        assertThat(jdbc.queryForObject("select version from public_content_version", Long.class))
                .isEqualTo(published);
        // the name is stored only encrypted
        assertThat(jdbc.queryForObject(
                        "select position(convert_to('三鷹 花子', 'UTF8') in personal_data) from opinion where receipt_number = ?",
                        Integer.class,
                        receipt))
                .isZero();
    }

    @Test
    void beforeTheStartAndAfterTheDeadlineTheServerRefuses() throws Exception {
        long upcoming = consultation(today.plusDays(1));
        String html = mvc.perform(opinion(upcoming, "住所", "氏名", "0422-00-0000", "意見", "10.1.0.3"))
                .andExpect(status().is(409))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("まだ始まっていません");
        long closed = consultation(today.minusDays(30));
        html = mvc.perform(opinion(closed, "住所", "氏名", "0422-00-0000", "意見", "10.1.0.3"))
                .andExpect(status().is(409))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("締め切りました");
        assertThat(count(upcoming) + count(closed)).isZero();
    }

    @Test
    void aFloodFromOneClientIsStoppedAtTheLimit() throws Exception {
        long id = consultation(today.minusDays(1));
        String client = "10.2." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
        for (int i = 0; i < 10; i++) {
            mvc.perform(opinion(id, "住所", "氏名", "0422-00-0000", "意見" + i, client))
                    .andExpect(status().is3xxRedirection());
        }
        String html = mvc.perform(opinion(id, "住所", "氏名", "0422-00-0000", "意見", client))
                .andExpect(status().is(429))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("1分ほど待ってから");
        mvc.perform(opinion(id, "住所", "氏名", "0422-00-0000", "別の人", "10.3.0.1")).andExpect(status().is3xxRedirection());
    }

    @Test
    void anotherDepartmentsEditorCannotReadTheOpinionsAndViewersSeeNothingPersonal() throws Exception {
        long id = consultation(today.minusDays(1));
        String name = "個人名" + unique();
        mvc.perform(opinion(id, "住所" + unique(), name, "0422-11-2222", "意見", "10.4.0.1"))
                .andExpect(status().is3xxRedirection());
        String url = "/staff/m/" + M + "/comments/" + id;
        mvc.perform(get(url).with(StaffUsers.as(signIns, "mitaka-somu"))).andExpect(status().isForbidden());
        mvc.perform(get(url + "/opinions.csv").with(StaffUsers.as(signIns, "mitaka-somu")))
                .andExpect(status().isForbidden());
        mvc.perform(post(url + "/opinions/1")
                        .with(csrf())
                        .param("version", "0")
                        .with(StaffUsers.as(signIns, "mitaka-somu")))
                .andExpect(status().isForbidden());
        assertThat(mvc.perform(get(url).with(StaffUsers.as(signIns, "mitaka-kikaku")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(name);
        assertThat(mvc.perform(get(url).with(StaffUsers.as(signIns, "mitaka-admin")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(name);
        assertThat(mvc.perform(get(url).with(StaffUsers.as(signIns, "mitaka-viewer")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain(name)
                .contains("意見");
        assertThat(mvc.perform(get(url).with(StaffUsers.as(signIns, "mitaka-review")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain(name);
        mvc.perform(get(url).with(StaffUsers.as(signIns, "sample-admin"))).andExpect(status().isForbidden());
    }

    @Test
    void afterAFullCycleNoPersonalDataIsPublicExportedOrLogged(CapturedOutput output) throws Exception {
        String name = "秘密太郎" + unique();
        String address = "秘密町" + unique();
        String phone = "0422-98-" + (1000 + (int) (Math.random() * 8999));
        String groupName = "秘密の会" + unique();
        String representative = "代表秘密" + unique();
        // opens today so that a web opinion is accepted, then closes: staff record a late letter, handle, publish
        long id = consultation(today);
        mvc.perform(opinion(id, address, name, phone, "図書館の開館時間を延ばしてください。", "10.5.0.1"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/m/" + M + "/comments/" + id + "/opinion")
                        .with(csrf())
                        .with(r -> {
                            r.setRemoteAddr("10.5.0.2");
                            return r;
                        })
                        .param("submitterType", "group")
                        .param("address", address)
                        .param("name", groupName)
                        .param("representative", representative)
                        .param("phone", phone)
                        .param("planId", String.valueOf(plan.id()))
                        .param("opinion", "団体としての意見です。"))
                .andExpect(status().is3xxRedirection());
        // the consultation is moved into the past so that it is closed and a letter arriving today is late
        jdbc.update(
                "update consultation set starts_on = ?, deadline = ? where id = ?",
                today.minusDays(40),
                today.minusDays(11),
                id);
        jdbc.update("update opinion set received_on = ? where consultation_id = ?", today.minusDays(20), id);
        String staff = "/staff/m/" + M + "/comments/" + id;
        mvc.perform(post(staff + "/opinions")
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-kikaku"))
                        .param("channel", "POST")
                        .param("receivedOn", today.toString())
                        .param("submitterType", "individual")
                        .param("address", address)
                        .param("name", name)
                        .param("phone", phone)
                        .param("planId", String.valueOf(plan.id()))
                        .param("opinion", "郵送の意見です。"))
                .andExpect(status().is3xxRedirection());
        List<OpinionView> stored = opinions.opinions(M, id, false);
        assertThat(stored).hasSize(3);
        // the day each opinion was received reads as 和暦 on the staff page, never as 2026-01-26
        String staffPage = mvc.perform(get(staff).with(StaffUsers.as(signIns, "mitaka-kikaku")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(staffPage)
                .contains("<span>" + JapaneseDates.format(today) + "</span>")
                .doesNotContain("<span>" + today + "</span>");
        assertThat(stored.get(2).late()).isTrue();
        assertThat(stored.get(0).late()).isFalse();
        for (OpinionView o : stored) {
            boolean withhold = o.body().startsWith("団体");
            mvc.perform(post(staff + "/opinions/" + o.id())
                            .with(csrf())
                            .with(StaffUsers.as(signIns, "mitaka-kikaku"))
                            .param("version", String.valueOf(o.version()))
                            .param("publication", withhold ? "WITHHELD" : "FULL")
                            .param("withheldReason", withhold ? "特定の個人を誹謗する内容のため" : ""))
                    .andExpect(status().is3xxRedirection());
        }
        for (OpinionItemView i : items.items(M, id)) {
            mvc.perform(post(staff + "/items/" + i.id())
                            .with(csrf())
                            .with(StaffUsers.as(signIns, "mitaka-kikaku"))
                            .param("version", String.valueOf(i.version()))
                            .param("text", i.text())
                            .param("topic", "開館時間")
                            .param("cityView", "検討します。")
                            .param("reflection", "今後の参考とする"))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(flash().attribute("flash", "意見の要旨と市の考え方を保存しました。"));
        }
        mvc.perform(post(staff + "/publish")
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-kikaku"))
                        .param("changes", "第2章を修正しました。"))
                .andExpect(status().is3xxRedirection());
        assertThat(consultations.consultation(M, id).status()).isEqualTo(ConsultationStatus.RESULTS_PUBLISHED);

        String page = mvc.perform(get("/m/" + M + "/comments/" + id))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("図書館の開館時間を延ばしてください。", "検討します。", "第2章を修正しました。").doesNotContain("団体としての意見です。");
        String list = mvc.perform(get("/m/" + M + "/comments"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        byte[] pdf = mvc.perform(get("/m/" + M + "/comments/" + id + "/results.pdf"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        // rendered once and kept: the second reader gets the same file from issued_document
        assertThat(mvc.perform(get("/m/" + M + "/comments/" + id + "/results.pdf"))
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray())
                .isEqualTo(pdf);
        assertThat(jdbc.queryForObject(
                        "select count(*) from issued_document where key = ?",
                        Integer.class,
                        "public-comment/" + M + "/" + id + "/results.pdf"))
                .isEqualTo(1);
        String pdfText;
        try (var doc = Loader.loadPDF(pdf)) {
            pdfText = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
        assertThat(pdfText).contains("検討します。", "公表日", "担当課", "今後の参考とする", "意見件数3件（提出者3人・団体）、うち計画に反映0件");
        String csv = new String(
                mvc.perform(get(staff + "/opinions.csv").with(StaffUsers.as(signIns, "mitaka-kikaku")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith(jp.hoshin.shared.Csv.BOM).contains("郵送の意見です。");
        String plansPage = mvc.perform(get("/m/" + M + "/individual-plans/" + plan.id()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        for (String personal : List.of(name, address, phone, groupName, representative)) {
            assertThat(page).doesNotContain(personal);
            assertThat(list).doesNotContain(personal);
            assertThat(pdfText).doesNotContain(personal);
            assertThat(csv).doesNotContain(personal);
            assertThat(plansPage).doesNotContain(personal);
            assertThat(output.getAll()).doesNotContain(personal);
        }

        // after the retention period the personal data goes, the opinions stay
        jdbc.update(
                "update consultation set deadline = ?, starts_on = ? where id = ?",
                today.minusDays(60),
                today.minusDays(89),
                id);
        opinions.forgetExpiredSubmitters();
        assertThat(jdbc.queryForObject(
                        "select count(*) from opinion where consultation_id = ? and personal_data is not null",
                        Integer.class,
                        id))
                .isZero();
        assertThat(opinions.opinions(M, id, true))
                .hasSize(3)
                .allSatisfy(o -> assertThat(o.submitter()).isNull());
        assertThat(output.getAll()).doesNotContain(name);
    }

    @Test
    void theOwningDepartmentUploadsADraftPdfThatCitizensCanDownload() throws Exception {
        String page = "/staff/m/" + M + "/comments/plans/" + plan.id();
        assertThat(mvc.perform(get(page).with(StaffUsers.as(signIns, "mitaka-kikaku")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(plan.content().name(), "保存する", "PDF ファイル");
        var pdf = new org.springframework.mock.web.MockMultipartFile(
                "file", "soan.pdf", "application/pdf", "%PDF-1.7 素案".getBytes());
        var html = new org.springframework.mock.web.MockMultipartFile(
                "file", "soan.pdf", "application/pdf", "<html></html>".getBytes());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(page + "/documents")
                        .file(pdf)
                        .param("title", "素案（全文）")
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-somu")))
                .andExpect(status().isForbidden());
        MvcResult bad = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                page + "/documents")
                        .file(html)
                        .param("title", "偽物")
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-kikaku")))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat((String) bad.getFlashMap().get("flashError")).contains("PDF");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(page + "/documents")
                        .file(pdf)
                        .param("title", "素案（全文）")
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-kikaku")))
                .andExpect(status().is3xxRedirection());
        List<DraftDocumentView> docs = plans.documents(List.of(plan.id()));
        assertThat(docs).extracting(DraftDocumentView::title).containsExactly("素案（全文）");
        // internal until published: the public page and the document are not found (a Japanese page)
        assertThat(mvc.perform(get("/m/" + M + "/individual-plans/" + plan.id()))
                        .andExpect(status().isNotFound())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("この個別計画は見つかりません。");
        mvc.perform(get("/m/" + M + "/individual-plans/documents/"
                        + docs.getFirst().id()))
                .andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/m/" + M + "/comments"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain(plan.content().name());
        // another department cannot publish it; a stale version is refused; the owning department publishes
        long version = plans.plan(M, plan.id()).version();
        mvc.perform(post(page + "/publish")
                        .param("version", String.valueOf(version))
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-somu")))
                .andExpect(status().isForbidden());
        assertThat((String) mvc.perform(post(page + "/publish")
                                .param("version", String.valueOf(version + 7))
                                .with(csrf())
                                .with(StaffUsers.as(signIns, "mitaka-kikaku")))
                        .andReturn()
                        .getFlashMap()
                        .get("flashError"))
                .isNotBlank();
        assertThat(plans.plan(M, plan.id()).published()).isFalse();
        mvc.perform(post(page + "/publish")
                        .param("version", String.valueOf(version))
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-kikaku")))
                .andExpect(status().is3xxRedirection());
        assertThat(plans.plan(M, plan.id()).published()).isTrue();
        var download = mvc.perform(get("/m/" + M + "/individual-plans/documents/"
                        + docs.getFirst().id()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(download.getContentType()).isEqualTo("application/pdf");
        assertThat(mvc.perform(get("/m/" + M + "/individual-plans/" + plan.id()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("素案（全文）（PDF");
        // a draft document is replaced (the old one stays in the staff's history, no longer served) or withdrawn,
        // only by the planning section and the owning department
        DraftDocumentView first = docs.getFirst();
        var newer = new org.springframework.mock.web.MockMultipartFile(
                "file", "soan2.pdf", "application/pdf", "%PDF-1.7 素案 第2版".getBytes());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                page + "/documents/" + first.id() + "/replace")
                        .file(newer)
                        .param("version", String.valueOf(first.version()))
                        .param("title", "素案（第2版）")
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-somu")))
                .andExpect(status().isForbidden());
        mvc.perform(post(page + "/documents/" + first.id() + "/withdraw")
                        .param("version", String.valueOf(first.version()))
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-somu")))
                .andExpect(status().isForbidden());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                page + "/documents/" + first.id() + "/replace")
                        .file(newer)
                        .param("version", String.valueOf(first.version()))
                        .param("title", "素案（第2版）")
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-kikaku")))
                .andExpect(status().is3xxRedirection());
        List<DraftDocumentView> history = plans.documents(List.of(plan.id()));
        assertThat(history).extracting(DraftDocumentView::title).containsExactly("素案（全文）", "素案（第2版）");
        DraftDocumentView second = history.get(1);
        mvc.perform(get("/m/" + M + "/individual-plans/documents/" + first.id()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/m/" + M + "/individual-plans/documents/" + second.id()))
                .andExpect(status().isOk());
        mvc.perform(get(page + "/documents/" + first.id()).with(StaffUsers.as(signIns, "mitaka-viewer")))
                .andExpect(status().isOk());
        assertThat(mvc.perform(get(page).with(StaffUsers.as(signIns, "mitaka-kikaku")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("差し替え済み", "素案（第2版）");
        assertThat(mvc.perform(get("/m/" + M + "/individual-plans/" + plan.id()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("素案（第2版）")
                .doesNotContain("素案（全文）");
        mvc.perform(post(page + "/documents/" + second.id() + "/withdraw")
                        .param("version", String.valueOf(second.version()))
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-kikaku")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/m/" + M + "/individual-plans/documents/" + second.id()))
                .andExpect(status().isNotFound());
        assertThat((String) mvc.perform(post(page + "/documents/" + second.id() + "/withdraw")
                                .param("version", String.valueOf(second.version()))
                                .with(csrf())
                                .with(StaffUsers.as(signIns, "mitaka-kikaku")))
                        .andReturn()
                        .getFlashMap()
                        .get("flashError"))
                .isNotBlank();
        // the plan goes 素案 → 案 → 策定済, and no further
        mvc.perform(post(page + "/advance").with(csrf()).with(StaffUsers.as(signIns, "mitaka-kikaku")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(page + "/advance").with(csrf()).with(StaffUsers.as(signIns, "mitaka-kikaku")))
                .andExpect(status().is3xxRedirection());
        assertThat(plans.plan(M, plan.id()).status()).isEqualTo(IndividualPlanStatus.ADOPTED);
        assertThat((String)
                        mvc.perform(post(page + "/advance").with(csrf()).with(StaffUsers.as(signIns, "mitaka-kikaku")))
                                .andReturn()
                                .getFlashMap()
                                .get("flashError"))
                .contains("案になった計画だけ");
    }

    @Test
    void thePlanElementsAreChosenByNameFromTheCitysPlansAndSeveralAreKept(@Autowired PolicyPlans policyPlans)
            throws Exception {
        List<PolicyPlans.LinkableElement> linkable = policyPlans.linkable(M);
        assertThat(linkable).hasSizeGreaterThan(2);
        PolicyPlans.LinkableElement first = linkable.get(0);
        PolicyPlans.LinkableElement last = linkable.get(linkable.size() - 1);
        String page = "/staff/m/" + M + "/comments/plans/" + plan.id();
        String form = mvc.perform(get(page).with(StaffUsers.as(signIns, "mitaka-kikaku")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(form)
                .contains("<select id=\"p-elems\" name=\"elementKeys\" multiple")
                .contains("<optgroup label=\"" + first.planName() + "\">")
                .contains("value=\"" + first.key() + "\">" + first.title() + "</option>")
                .doesNotContain("要素ID");
        mvc.perform(post(page)
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-kikaku"))
                        .param("version", String.valueOf(plan.version()))
                        .param("name", plan.content().name())
                        .param("kind", "FORMULATION")
                        .param("departmentCode", "kikaku")
                        .param("elementKeys", first.key(), last.key()))
                .andExpect(status().is3xxRedirection());
        assertThat(plans.plan(M, plan.id()).content().elementKeys()).containsExactly(first.key(), last.key());
        String again = mvc.perform(get(page).with(StaffUsers.as(signIns, "mitaka-kikaku")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(again)
                .contains("value=\"" + first.key() + "\" selected=\"selected\">")
                .contains("value=\"" + last.key() + "\" selected=\"selected\">");
        // the register form on the list page offers the same list
        assertThat(mvc.perform(get("/staff/m/" + M + "/comments").with(StaffUsers.as(signIns, "mitaka-kikaku")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("value=\"" + last.key() + "\">" + last.title() + "</option>");
    }

    @Test
    void anUnknownBasicPlanElementIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> plans.register(
                        M,
                        new IndividualPlanContent(
                                "要素テスト",
                                false,
                                IndividualPlanKind.REVISION,
                                "kikaku",
                                null,
                                null,
                                null,
                                null,
                                null,
                                List.of(),
                                null,
                                List.of("no-such-element"))))
                .hasMessageContaining("no-such-element");
    }

    @Test
    void draftDocumentsMustBePdf() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> plans.addDocument(M, plan.id(), new DraftUpload("素案", "x.pdf", "<html>".getBytes())))
                .hasMessageContaining("PDF");
        DraftDocumentView d =
                plans.addDocument(M, plan.id(), new DraftUpload("素案", "soan.pdf", "%PDF-1.7 test".getBytes()));
        // internal until the plan is published: the staff read it, the public does not
        assertThat(plans.documentFile(M, d.id())).isEmpty();
        assertThat(plans.staffDocumentFile(M, d.id())).isPresent();
        plans.publish(M, plan.id(), plans.plan(M, plan.id()).version());
        assertThat(plans.documentFile(M, d.id())).isPresent();
        assertThat(plans.documentFile("990001", d.id())).isEmpty();
        assertThat(plans.staffDocumentFile("990001", d.id())).isEmpty();
        assertThat(new ByteArrayInputStream(
                                plans.documentFile(M, d.id()).orElseThrow().getValue())
                        .readAllBytes())
                .startsWith('%', 'P');
    }
}
