package jp.hoshin.whitepaper;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.hoshin.shared.Messages;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** 自治体経営白書 of a municipality and fiscal year: its front matter and chapter choice (the content comes from the data). */
@Entity
@Audited
@Table(name = "white_paper")
class WhitePaper {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long municipalityId;
    private int fiscalYear;
    private String title;
    private @Nullable String subtitle;
    private @Nullable LocalDate issuedOn;
    private @Nullable String foreword;
    private @Nullable String basicPlanKey;
    private @Nullable String strategyKey;
    private @Nullable String actionPlanKey;
    private boolean departmentResults;
    private @Nullable String introBasicPlan;
    private @Nullable String introActionPlan;
    private @Nullable String introResults;
    private boolean evaluations;
    private @Nullable String introEvaluations;
    private boolean measureEvaluations;
    private @Nullable String introMeasureEvaluations;
    private @Nullable String issuer;
    private @Nullable String address;
    private @Nullable String contact;
    private @Nullable String opinionNote;

    @Version
    private long version;

    protected WhitePaper() {}

    WhitePaper(long municipalityId, int fiscalYear, FrontMatter front, ChapterChoice chapters) {
        this.municipalityId = municipalityId;
        this.fiscalYear = fiscalYear;
        revise(front, chapters);
    }

    /** Rewrites the front matter and the chapter choice. */
    void revise(FrontMatter front, ChapterChoice chapters) {
        if (chapters.empty()) {
            throw new IllegalArgumentException(Messages.get("whitePaper.chapters.required"));
        }
        this.title = front.title();
        this.subtitle = front.subtitle();
        this.issuedOn = front.issuedOn();
        this.foreword = front.foreword();
        this.issuer = front.issuer();
        this.address = front.address();
        this.contact = front.contact();
        this.opinionNote = front.opinionNote();
        this.basicPlanKey = chapters.basicPlanKey();
        this.strategyKey = chapters.strategyKey();
        this.actionPlanKey = chapters.actionPlanKey();
        this.departmentResults = chapters.departmentResults();
        this.introBasicPlan = chapters.introBasicPlan();
        this.introActionPlan = chapters.introActionPlan();
        this.introResults = chapters.introResults();
        this.evaluations = chapters.evaluations();
        this.introEvaluations = chapters.introEvaluations();
        this.measureEvaluations = chapters.measureEvaluations();
        this.introMeasureEvaluations = chapters.introMeasureEvaluations();
    }

    long id() {
        return id;
    }

    long municipalityId() {
        return municipalityId;
    }

    int fiscalYear() {
        return fiscalYear;
    }

    long version() {
        return version;
    }

    FrontMatter front() {
        return new FrontMatter(title, subtitle, issuedOn, foreword, issuer, address, contact, opinionNote);
    }

    ChapterChoice chapters() {
        return new ChapterChoice(
                basicPlanKey,
                strategyKey,
                actionPlanKey,
                departmentResults,
                introBasicPlan,
                introActionPlan,
                introResults,
                evaluations,
                introEvaluations,
                measureEvaluations,
                introMeasureEvaluations);
    }
}
