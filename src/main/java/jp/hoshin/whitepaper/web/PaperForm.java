package jp.hoshin.whitepaper.web;

import jp.hoshin.shared.JapaneseDates;
import jp.hoshin.whitepaper.ChapterChoice;
import jp.hoshin.whitepaper.FrontMatter;
import jp.hoshin.whitepaper.WhitePapers;
import org.jspecify.annotations.Nullable;

/** The white paper form as posted: text as typed, the date of issue in 和暦 or 西暦. */
public class PaperForm {

    private long version;
    private @Nullable String title;
    private @Nullable String subtitle;
    private @Nullable String issuedOn;
    private @Nullable String foreword;
    private @Nullable String issuer;
    private @Nullable String address;
    private @Nullable String contact;
    private @Nullable String opinionNote;
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

    static PaperForm of(WhitePapers.Settings s) {
        FrontMatter f = s.front();
        ChapterChoice c = s.chapters();
        PaperForm form = new PaperForm();
        form.version = s.version();
        form.title = f.title();
        form.subtitle = f.subtitle();
        form.issuedOn = f.issuedOn() == null ? null : JapaneseDates.format(f.issuedOn());
        form.foreword = f.foreword();
        form.issuer = f.issuer();
        form.address = f.address();
        form.contact = f.contact();
        form.opinionNote = f.opinionNote();
        form.basicPlanKey = c.basicPlanKey();
        form.strategyKey = c.strategyKey();
        form.actionPlanKey = c.actionPlanKey();
        form.departmentResults = c.departmentResults();
        form.introBasicPlan = c.introBasicPlan();
        form.introActionPlan = c.introActionPlan();
        form.introResults = c.introResults();
        form.evaluations = c.evaluations();
        form.introEvaluations = c.introEvaluations();
        form.measureEvaluations = c.measureEvaluations();
        form.introMeasureEvaluations = c.introMeasureEvaluations();
        return form;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public @Nullable String getTitle() {
        return title;
    }

    public void setTitle(@Nullable String title) {
        this.title = title;
    }

    public @Nullable String getSubtitle() {
        return subtitle;
    }

    public void setSubtitle(@Nullable String subtitle) {
        this.subtitle = subtitle;
    }

    public @Nullable String getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(@Nullable String issuedOn) {
        this.issuedOn = issuedOn;
    }

    public @Nullable String getForeword() {
        return foreword;
    }

    public void setForeword(@Nullable String foreword) {
        this.foreword = foreword;
    }

    public @Nullable String getIssuer() {
        return issuer;
    }

    public void setIssuer(@Nullable String issuer) {
        this.issuer = issuer;
    }

    public @Nullable String getAddress() {
        return address;
    }

    public void setAddress(@Nullable String address) {
        this.address = address;
    }

    public @Nullable String getContact() {
        return contact;
    }

    public void setContact(@Nullable String contact) {
        this.contact = contact;
    }

    public @Nullable String getOpinionNote() {
        return opinionNote;
    }

    public void setOpinionNote(@Nullable String opinionNote) {
        this.opinionNote = opinionNote;
    }

    public @Nullable String getBasicPlanKey() {
        return basicPlanKey;
    }

    public void setBasicPlanKey(@Nullable String basicPlanKey) {
        this.basicPlanKey = basicPlanKey;
    }

    public @Nullable String getStrategyKey() {
        return strategyKey;
    }

    public void setStrategyKey(@Nullable String strategyKey) {
        this.strategyKey = strategyKey;
    }

    public @Nullable String getActionPlanKey() {
        return actionPlanKey;
    }

    public void setActionPlanKey(@Nullable String actionPlanKey) {
        this.actionPlanKey = actionPlanKey;
    }

    public boolean isDepartmentResults() {
        return departmentResults;
    }

    public void setDepartmentResults(boolean departmentResults) {
        this.departmentResults = departmentResults;
    }

    public @Nullable String getIntroBasicPlan() {
        return introBasicPlan;
    }

    public void setIntroBasicPlan(@Nullable String introBasicPlan) {
        this.introBasicPlan = introBasicPlan;
    }

    public @Nullable String getIntroActionPlan() {
        return introActionPlan;
    }

    public void setIntroActionPlan(@Nullable String introActionPlan) {
        this.introActionPlan = introActionPlan;
    }

    public @Nullable String getIntroResults() {
        return introResults;
    }

    public void setIntroResults(@Nullable String introResults) {
        this.introResults = introResults;
    }

    public boolean isEvaluations() {
        return evaluations;
    }

    public void setEvaluations(boolean evaluations) {
        this.evaluations = evaluations;
    }

    public @Nullable String getIntroEvaluations() {
        return introEvaluations;
    }

    public void setIntroEvaluations(@Nullable String introEvaluations) {
        this.introEvaluations = introEvaluations;
    }

    public boolean isMeasureEvaluations() {
        return measureEvaluations;
    }

    public void setMeasureEvaluations(boolean measureEvaluations) {
        this.measureEvaluations = measureEvaluations;
    }

    public @Nullable String getIntroMeasureEvaluations() {
        return introMeasureEvaluations;
    }

    public void setIntroMeasureEvaluations(@Nullable String introMeasureEvaluations) {
        this.introMeasureEvaluations = introMeasureEvaluations;
    }
}
