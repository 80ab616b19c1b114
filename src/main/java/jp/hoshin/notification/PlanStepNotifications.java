package jp.hoshin.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.hoshin.departmentplan.PlanStepTaken;
import jp.hoshin.departmentplan.PlanStepTaken.Act;
import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.identity.Role;
import jp.hoshin.identity.StaffAccounts;
import jp.hoshin.identity.StaffContact;
import jp.hoshin.organization.Organization;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.NotFoundException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells who a plan's step concerns, in the transaction of the step: 提出 → the planning section; 協議開始 → the
 * department's editors and the mayor's office; 差し戻し, 確定, 公表, 改訂 → the department's editors. Whoever took the
 * step is not told.
 */
@Component
class PlanStepNotifications {

    private final StaffAccounts accounts;
    private final Organization organization;
    private final Deliveries deliveries;
    private final NotificationProperties properties;
    private final java.time.Clock clock;

    PlanStepNotifications(
            StaffAccounts accounts,
            Organization organization,
            Deliveries deliveries,
            NotificationProperties properties,
            java.time.Clock clock) {
        this.accounts = accounts;
        this.organization = organization;
        this.deliveries = deliveries;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    void on(PlanStepTaken step) {
        if (!properties.enabled()) {
            return;
        }
        Map<Long, StaffContact> recipients = new LinkedHashMap<>();
        List<StaffContact> found = new ArrayList<>();
        if (step.act() == Act.SUBMITTED) {
            found.addAll(accounts.contactsWithRole(step.municipalityCode(), Role.PLANNING_ADMIN));
        } else {
            found.addAll(accounts.editorsOf(step.municipalityCode(), step.departmentCode()));
            if (step.act() == Act.CONSULTATION_STARTED) {
                found.addAll(accounts.contactsWithRole(step.municipalityCode(), Role.REVIEWER));
            }
        }
        for (StaffContact c : found) {
            if (!c.username().equals(step.by())) {
                recipients.putIfAbsent(c.id(), c);
            }
        }
        if (recipients.isEmpty()) {
            return;
        }
        String title = Messages.get(
                "notification.plan.title",
                FiscalYear.of(step.fiscalYear()).label(),
                departmentName(step),
                step.track() == PlanStepTaken.Track.RESULTS
                        ? Messages.get("notification.plan.track.RESULTS")
                        : Messages.get("notification.plan.track.PLAN"),
                actText(step.act()));
        String body = Messages.get("notification.plan.by", step.by());
        if (step.comment() != null && !step.comment().isBlank()) {
            body += "\n"
                    + Messages.get("notification.plan.comment", step.comment().strip());
        }
        String text = body;
        deliveries.deliver(
                recipients.values().stream()
                        .map(c -> new Delivery(
                                c, NotificationKind.PLAN_STEP, title, text, step.url(), step.municipalityCode()))
                        .toList(),
                clock.instant());
    }

    private static String actText(Act act) {
        return switch (act) {
            case SUBMITTED -> Messages.get("notification.plan.act.SUBMITTED");
            case CONSULTATION_STARTED -> Messages.get("notification.plan.act.CONSULTATION_STARTED");
            case SENT_BACK -> Messages.get("notification.plan.act.SENT_BACK");
            case FINALIZED -> Messages.get("notification.plan.act.FINALIZED");
            case PUBLISHED -> Messages.get("notification.plan.act.PUBLISHED");
            case REVISION_STARTED -> Messages.get("notification.plan.act.REVISION_STARTED");
        };
    }

    private String departmentName(PlanStepTaken step) {
        try {
            return organization
                    .department(step.municipalityCode(), step.fiscalYear(), step.departmentCode())
                    .name();
        } catch (NotFoundException e) {
            return step.departmentCode();
        }
    }
}
