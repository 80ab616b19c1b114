package jp.hoshin.publiccomment.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jp.hoshin.identity.DepartmentDirectory;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.publiccomment.ConsultationPeriod;
import jp.hoshin.publiccomment.ConsultationResults;
import jp.hoshin.publiccomment.ConsultationView;
import jp.hoshin.publiccomment.Consultations;
import jp.hoshin.publiccomment.IndividualPlanContent;
import jp.hoshin.publiccomment.IndividualPlanKind;
import jp.hoshin.publiccomment.IndividualPlanView;
import jp.hoshin.publiccomment.IndividualPlans;
import jp.hoshin.publiccomment.Opinions;
import jp.hoshin.publiccomment.PublicCommentFixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The results of a consultation with 1,000 items (意見の要旨, grouped, answered, some sharing an answer) as the PDF
 * renders them: every item numbered, on many pages, with the counts. The XHTML is left in target/ for inspection.
 */
@SpringBootTest
class ResultsOfAThousandItemsTest {

    private static final String M = "132047";

    @Autowired
    IndividualPlans plans;

    @Autowired
    Consultations consultations;

    @Autowired
    Opinions opinions;

    @Autowired
    Municipalities municipalities;

    @Autowired
    DepartmentDirectory departments;

    @Autowired
    ResultsDocument document;

    @Autowired
    ITemplateEngine templates;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void aThousandItemsAreNumberedOnThePdfWithTheirCounts() throws Exception {
        LocalDate today = LocalDate.now(clock.withZone(ConsultationPeriod.JAPAN));
        IndividualPlanView plan = plans.register(
                M,
                new IndividualPlanContent(
                        "大量試験計画" + UUID.randomUUID(),
                        false,
                        IndividualPlanKind.REVISION,
                        "kikaku",
                        "企画経営課",
                        "0422-45-1151",
                        null,
                        null,
                        null,
                        List.of(),
                        null,
                        List.of()));
        ConsultationView c = new PublicCommentFixtures(M, consultations, opinions, jdbc)
                .announced(PublicCommentFixtures.consultation("大量の意見の意見募集", plan.id(), today.minusDays(40)));
        jdbc.update("""
                insert into opinion (consultation_id, receipt_number, channel, received_on, late, plan_id, body, group_submission)
                select ?, 'BIG-' || ? || '-' || g, (array['WEB','POST','FAX','EMAIL','IN_PERSON'])[1 + g % 5], ?, false, ?,
                       '意見 ' || g, g % 7 = 0
                from generate_series(1, 250) g""", c.id(), c.id(), today.minusDays(30), plan.id());
        jdbc.update("""
                insert into opinion_item (consultation_id, opinion_id, position, text, topic, city_view, reflection, change_note)
                select o.consultation_id, o.id, p,
                       '意見の要旨 ' || o.id || '-' || p || '：' || repeat('行政手続きのオンライン化を進め、高齢者にも分かりやすい案内をしてほしい。', 1 + p % 3),
                       '第' || (1 + (o.id + p) % 6) || '章　' || (array['基本理念','情報提供','手続き','基盤整備','人材育成','推進体制'])[1 + (o.id + p) % 6],
                       repeat('ご意見のとおり、計画の主な事業に位置付けて取り組みます。', 1 + p % 4),
                       (array['反映する','一部反映する','既に盛り込み済み','今後の参考とする','反映しない','その他'])[1 + (o.id * p) % 6],
                       case when p = 1 and o.id % 10 = 0 then '第3章の主な事業に追記しました。' end
                from opinion o, generate_series(1, 4) p where o.consultation_id = ?""", c.id());
        consultations.publishResults(M, c.id(), "第3章を修正しました。");
        ConsultationResults results = consultations.results(M, c.id());
        assertThat(results.items()).isEqualTo(1000);
        assertThat(results.published()).hasSize(1000);

        var municipality = municipalities.get(M);
        ResultsContact contact = ResultsContact.of(departments, results.consultation(), List.of(plan));
        Context context = new Context(Locale.JAPAN);
        context.setVariable("municipality", municipality);
        context.setVariable("results", results);
        context.setVariable("consultation", results.consultation());
        context.setVariable("contact", contact);
        Files.writeString(
                Path.of("target/comment-results-1000.xhtml"), templates.process("pdf/comment-results", context));

        long started = System.nanoTime();
        byte[] pdf = document.render(municipality, results, contact);
        long millis = (System.nanoTime() - started) / 1_000_000;
        Files.write(Path.of("target/comment-results-1000.pdf"), pdf);
        System.out.println("RESULTS-PDF 1000 items: " + millis + " ms, " + pdf.length + " bytes");
        String text;
        try (var doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(20);
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
        assertThat(text).contains("意見件数1000件（提出者250人・団体）", "公表日", "担当課", "第1章");
    }
}
