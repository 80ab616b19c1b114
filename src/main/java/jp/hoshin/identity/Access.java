package jp.hoshin.identity;

import java.util.Optional;

import jp.hoshin.shared.Messages;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The access rules, asked by every staff page and API call. Planning administrators act on their
 * municipality (or all, when deployment-wide); department editors change only their departments;
 * reviewers and viewers read their municipality.
 */
@Component
public class Access {

    private static final String REQUEST_CACHE = Access.class.getName() + ".staff";

    private final SignIns signIns;

    Access(SignIns signIns) {
        this.signIns = signIns;
    }

    /**
     * The signed-in staff member as the database knows them now: a role or department changed by an
     * administrator, or a disabled account, takes effect on the next request, not the next sign-in.
     */
    public Optional<StaffPrincipal> currentStaff() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null
                || auth instanceof AnonymousAuthenticationToken
                || !(auth.getPrincipal() instanceof StaffPrincipal session)) {
            return Optional.empty();
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null
                && request.getAttribute(REQUEST_CACHE, RequestAttributes.SCOPE_REQUEST)
                        instanceof StaffPrincipal cached) {
            return Optional.of(cached);
        }
        Optional<StaffPrincipal> fresh = signIns.principal(session.username())
                .filter(s -> s.id() == session.id() && s.isEnabled())
                .map(StaffPrincipal::withoutCredentials);
        if (request != null && fresh.isPresent()) {
            request.setAttribute(REQUEST_CACHE, fresh.get(), RequestAttributes.SCOPE_REQUEST);
        }
        return fresh;
    }

    public StaffPrincipal requireStaff() {
        return currentStaff().orElseThrow(() -> new AccessDeniedException(Messages.get("access.signInRequired")));
    }

    public String currentUsername() {
        return currentStaff().map(StaffPrincipal::username).orElse("system");
    }

    public boolean canView(String municipalityCode) {
        return currentStaff().map(s -> s.belongsTo(municipalityCode)).orElse(false);
    }

    public void requireView(String municipalityCode) {
        if (!canView(municipalityCode)) {
            throw new AccessDeniedException(Messages.get("access.municipality"));
        }
    }

    public boolean canAdminister(String municipalityCode) {
        return currentStaff()
                .map(s -> s.role() == Role.PLANNING_ADMIN && s.belongsTo(municipalityCode))
                .orElse(false);
    }

    public void requireAdminister(String municipalityCode) {
        if (!canAdminister(municipalityCode)) {
            throw new AccessDeniedException(Messages.get("access.planningAdminOnly"));
        }
    }

    public boolean isDeploymentAdministrator() {
        return currentStaff()
                .map(s -> s.role() == Role.PLANNING_ADMIN && s.deploymentWide())
                .orElse(false);
    }

    public void requireDeploymentAdministrator() {
        if (!isDeploymentAdministrator()) {
            throw new AccessDeniedException(Messages.get("access.systemAdminOnly"));
        }
    }

    /** The mayor's office and the planning section review, comment on and finalise plans. */
    public boolean canReview(String municipalityCode) {
        return currentStaff()
                .map(s ->
                        s.belongsTo(municipalityCode) && (s.role() == Role.REVIEWER || s.role() == Role.PLANNING_ADMIN))
                .orElse(false);
    }

    public void requireReview(String municipalityCode) {
        if (!canReview(municipalityCode)) {
            throw new AccessDeniedException(Messages.get("access.reviewOnly"));
        }
    }

    public boolean canEditDepartment(String municipalityCode, String departmentCode) {
        return currentStaff()
                .map(s -> s.belongsTo(municipalityCode)
                        && (s.role() == Role.PLANNING_ADMIN
                                || s.role() == Role.DEPARTMENT_EDITOR
                                        && s.departmentCodes().contains(departmentCode)))
                .orElse(false);
    }

    public void requireDepartmentEdit(String municipalityCode, String departmentCode) {
        if (!canEditDepartment(municipalityCode, departmentCode)) {
            throw new AccessDeniedException(Messages.get("access.department"));
        }
    }

    /**
     * The planning section or one of the departments' editors: someone who writes some of the municipality's records
     * (e.g. may upload a workbook, whose rows the import then checks one by one).
     */
    public boolean canWriteSome(String municipalityCode) {
        return currentStaff()
                .map(s -> s.belongsTo(municipalityCode)
                        && (s.role() == Role.PLANNING_ADMIN || s.role() == Role.DEPARTMENT_EDITOR))
                .orElse(false);
    }

    /**
     * 事業評価: the owning department's editors write a sheet and its 一次評価 only while it is at that stage; the
     * planning section writes any sheet at 一次評価 or 二次評価 (the service refuses finalised ones).
     */
    public boolean canEditEvaluation(String municipalityCode, String departmentCode, boolean atFirstStage) {
        return canAdminister(municipalityCode) || atFirstStage && canEditDepartment(municipalityCode, departmentCode);
    }

    public void requireEvaluationEdit(String municipalityCode, String departmentCode, boolean atFirstStage) {
        if (!canEditEvaluation(municipalityCode, departmentCode, atFirstStage)) {
            throw new AccessDeniedException(
                    atFirstStage || !canEditDepartment(municipalityCode, departmentCode)
                            ? Messages.get("access.evaluation.department")
                            : Messages.get("access.evaluation.submitted"));
        }
    }

    /** 事業評価の確定: the planning section or the mayor's office. */
    public void requireEvaluationFinalize(String municipalityCode) {
        if (!canReview(municipalityCode)) {
            throw new AccessDeniedException(Messages.get("access.evaluation.finalize"));
        }
    }
}
