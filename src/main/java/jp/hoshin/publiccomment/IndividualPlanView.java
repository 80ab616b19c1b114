package jp.hoshin.publiccomment;

/** An individual plan as pages and other modules read it. */
public record IndividualPlanView(
        long id, String municipalityCode, IndividualPlanContent content, IndividualPlanStatus status, long version) {

    /** 地域情報化プラン2022（仮称） */
    public String displayName() {
        return content.name() + (content.provisionalName() ? "（仮称）" : "");
    }
}
