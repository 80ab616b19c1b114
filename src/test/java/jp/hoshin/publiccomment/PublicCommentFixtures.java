package jp.hoshin.publiccomment;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * パブリックコメントの試験データ — the individual plans (個別計画), announced consultations (意見募集) and opinions received on
 * paper that the module, web and form tests set up in one municipality. Each test passes its own names and dates (the
 * tests share one database: names a test looks for again are its own).
 */
public final class PublicCommentFixtures {

    private final String code;
    private final Consultations consultations;
    private final Opinions opinions;
    private final JdbcTemplate jdbc;

    public PublicCommentFixtures(String code, Consultations consultations, Opinions opinions, JdbcTemplate jdbc) {
        this.code = code;
        this.consultations = consultations;
        this.opinions = opinions;
        this.jdbc = jdbc;
    }

    /** A plan of 企画部's 企画経営課 with nothing but its name (not provisional, no contact, purpose or projects). */
    public static IndividualPlanContent namedPlan(String name) {
        return new IndividualPlanContent(
                name,
                false,
                IndividualPlanKind.FORMULATION,
                "kikaku",
                "企画経営課",
                null,
                null,
                null,
                null,
                List.of(),
                null,
                List.of());
    }

    /** A plan of 企画部's 企画経営課 with a provisional name and every detail: contact, purpose, one project, period. */
    public static IndividualPlanContent detailedPlan(String name) {
        return new IndividualPlanContent(
                name,
                true,
                IndividualPlanKind.FORMULATION,
                "kikaku",
                "企画経営課",
                "0422-00-0000",
                "test@example.jp",
                "目的",
                "構成",
                List.of("事業1"),
                "2022〜2025",
                List.of());
    }

    /**
     * A consultation of 企画部 on one plan for the standard period from {@code start}, without summary or reading place,
     * by the web form only, the submitters' details kept 30 days.
     */
    public static ConsultationContent consultation(String title, long planId, LocalDate start) {
        return consultation(title, planId, start, new Channels(true, null, null, null, null), 30);
    }

    /** As {@link #consultation(String, long, LocalDate)}, with its own channels and retention. */
    public static ConsultationContent consultation(
            String title, long planId, LocalDate start, Channels channels, int retentionDays) {
        return new ConsultationContent(
                "kikaku",
                title,
                null,
                List.of(planId),
                null,
                ConsultationPeriod.standard(start),
                channels,
                retentionDays);
    }

    /** A consultation with a summary, a reading place and a postal address beside the web form. */
    public static ConsultationContent detailedConsultation(String title, long planId, LocalDate start) {
        return new ConsultationContent(
                "kikaku",
                title,
                "概要",
                List.of(planId),
                "市役所2階",
                ConsultationPeriod.standard(start),
                new Channels(true, "〒181-8555", null, null, null),
                30);
    }

    /** The consultation created and announced (as created: read it again for its status). */
    public ConsultationView announced(ConsultationContent content) {
        ConsultationView c = consultations.create(code, content);
        consultations.announce(code, c.id());
        return c;
    }

    /** An opinion received by post without the submitter's details; its id. */
    public long paperOpinion(long consultationId, long planId, LocalDate receivedOn, String text) {
        Receipt receipt = opinions.record(
                code,
                consultationId,
                new ReceivedOpinion(
                        OpinionChannel.POST,
                        receivedOn,
                        new OpinionSubmission(false, new PersonalData(null, null, null, null), planId, text)));
        Long id = jdbc.queryForObject(
                "select id from opinion where consultation_id = ? and receipt_number = ?",
                Long.class,
                consultationId,
                receipt.number());
        if (id == null) {
            throw new IllegalStateException("no opinion " + receipt.number());
        }
        return id;
    }
}
