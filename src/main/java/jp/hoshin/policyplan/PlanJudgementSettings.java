package jp.hoshin.policyplan;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.policyplan.PolicyRows.PlanRow;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 判定方式 of a plan, set by the planning section: today's rule with its 順調 share, or the plan's own bands of the
 * achievement rate (判定区分). The same two settings the 計画 table's 順調の基準 and 判定区分 columns carry.
 */
@Service
public class PlanJudgementSettings {

    /** What the form shows and sends back: the settings as written, and the version they were read at. */
    public record Settings(String onTrackPercent, String bands, long version) {}

    /** Problems of a sent form, by field (onTrackPercent, bands). */
    public static final class Invalid extends RuntimeException {

        private final Map<String, String> errors;

        public Invalid(Map<String, String> errors) {
            super(String.join(" ", errors.values()));
            this.errors = Map.copyOf(errors);
        }

        public Map<String, String> errors() {
            return errors;
        }
    }

    private final Municipalities municipalities;
    private final PolicyPlanRepository plans;

    PlanJudgementSettings(Municipalities municipalities, PolicyPlanRepository plans) {
        this.municipalities = municipalities;
        this.plans = plans;
    }

    @Transactional(readOnly = true)
    public Settings of(String municipalityCode, String planKey) {
        PolicyPlan plan = load(municipalityCode, planKey);
        PlanRow row = plan.row();
        return new Settings(
                row.onTrackPercent() == null ? "" : String.valueOf(row.onTrackPercent()),
                row.judgementBands() == null ? "" : row.judgementBands().text(),
                plan.version());
    }

    /** Sets the scheme (blank bands: today's rule); all or nothing, refused when the plan changed since it was read. */
    @Transactional
    public void change(
            String municipalityCode, String planKey, long readVersion, String onTrackText, String bandsText) {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer share = null;
        String shareText = JapaneseText.fold(onTrackText).replace("%", "");
        if (!shareText.isEmpty()) {
            Optional<Long> n = JapaneseText.parseWholeNumber(shareText);
            if (n.isEmpty() || n.get() < 1 || n.get() > 100) {
                errors.put("onTrackPercent", Messages.get("exchange.wholeNumber", "順調の基準（%）", 1, 100));
            } else {
                share = n.get().intValue();
            }
        }
        @Nullable JudgementBands bands = null;
        try {
            bands = JudgementBands.parseOptional(bandsText).orElse(null);
        } catch (IllegalArgumentException e) {
            errors.put("bands", e.getMessage());
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        PolicyPlan plan = load(municipalityCode, planKey);
        ConcurrentEditException.check(readVersion, plan.version());
        PlanRow row = plan.row();
        plan.describe(new PlanRow(
                row.key(),
                row.kind(),
                row.name(),
                row.parentKey(),
                row.startYear(),
                row.endYear(),
                row.targetYear(),
                row.baselineYear(),
                row.baselineLabel(),
                share,
                row.overview(),
                bands));
        plans.flush();
    }

    private PolicyPlan load(String municipalityCode, String planKey) {
        MunicipalityView m = municipalities.get(municipalityCode);
        return plans.findByMunicipalityIdAndPlanKey(m.id(), planKey)
                .orElseThrow(() -> new NotFoundException(Messages.get("policy.plan.notRegistered", m.name(), planKey)));
    }
}
