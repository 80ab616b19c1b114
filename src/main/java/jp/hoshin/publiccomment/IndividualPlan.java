package jp.hoshin.publiccomment;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.Messages;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** 個別計画 — an individual plan under the basic plan, with its owning section and contact. */
@Entity
@Audited
@Table(name = "individual_plan")
class IndividualPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String municipalityCode;
    private String name;
    private boolean provisionalName;

    @Enumerated(EnumType.STRING)
    private IndividualPlanKind kind;

    @Enumerated(EnumType.STRING)
    private IndividualPlanStatus status = IndividualPlanStatus.OUTLINE;

    private String departmentCode;
    private @Nullable String section;
    private @Nullable String phone;
    private @Nullable String email;
    private @Nullable String purpose;
    private @Nullable String composition;
    private @Nullable String mainProjects;
    private @Nullable String planPeriod;
    private @Nullable String elementKeys;
    private @Nullable Instant publishedAt;

    @Version
    private long version;

    protected IndividualPlan() {}

    IndividualPlan(String municipalityCode, IndividualPlanContent content) {
        this.municipalityCode = municipalityCode;
        describe(content);
    }

    void describe(IndividualPlanContent c) {
        this.name = c.name();
        this.provisionalName = c.provisionalName();
        this.kind = c.kind();
        this.departmentCode = c.departmentCode();
        this.section = c.section();
        this.phone = c.phone();
        this.email = c.email();
        this.purpose = c.purpose();
        this.composition = c.composition();
        this.mainProjects = c.mainProjects().isEmpty() ? null : String.join("\n", c.mainProjects());
        this.planPeriod = c.period();
        this.elementKeys = c.elementKeys().isEmpty() ? null : String.join(",", c.elementKeys());
    }

    /** 公開: the plan and its current draft documents appear on the public pages from now on; once. */
    void publish(Instant at) {
        if (publishedAt != null) {
            throw new BusinessRuleException(Messages.get("comment.plan.alreadyPublished"));
        }
        publishedAt = at;
    }

    /** Published when a consultation on it is announced (nothing happens when it already is). */
    void publishForConsultation(Instant at) {
        if (publishedAt == null) {
            publishedAt = at;
        }
    }

    boolean published() {
        return publishedAt != null;
    }

    /** The next stage: 素案 → 案, 案 → 策定済; a plan already 策定済 is refused. */
    void advance() {
        if (status == IndividualPlanStatus.OUTLINE) {
            advanceToProposal();
        } else {
            adopt();
        }
    }

    /** 素案 → 案. */
    void advanceToProposal() {
        if (status != IndividualPlanStatus.OUTLINE) {
            throw new BusinessRuleException(Messages.get("comment.plan.onlyDraftToProposal", status.label()));
        }
        status = IndividualPlanStatus.PROPOSAL;
    }

    /** 案 → 策定済. */
    void adopt() {
        if (status != IndividualPlanStatus.PROPOSAL) {
            throw new BusinessRuleException(Messages.get("comment.plan.onlyProposalToAdopted", status.label()));
        }
        status = IndividualPlanStatus.ADOPTED;
    }

    Long id() {
        return id;
    }

    String municipalityCode() {
        return municipalityCode;
    }

    String departmentCode() {
        return departmentCode;
    }

    long version() {
        return version;
    }

    IndividualPlanView view() {
        return new IndividualPlanView(
                id,
                municipalityCode,
                new IndividualPlanContent(
                        name,
                        provisionalName,
                        kind,
                        departmentCode,
                        section,
                        phone,
                        email,
                        purpose,
                        composition,
                        lines(mainProjects),
                        planPeriod,
                        elementKeys == null ? List.of() : Arrays.asList(elementKeys.split(","))),
                status,
                version,
                publishedAt);
    }

    private static List<String> lines(@Nullable String text) {
        return text == null ? List.of() : text.lines().filter(l -> !l.isBlank()).toList();
    }
}
