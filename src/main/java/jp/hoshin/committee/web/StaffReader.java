package jp.hoshin.committee.web;

import java.util.Set;

import jp.hoshin.committee.MeasureRef;
import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.identity.Access;
import jp.hoshin.identity.Role;
import jp.hoshin.identity.StaffPrincipal;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.NotFoundException;
import org.jspecify.annotations.Nullable;

/**
 * Who reads the committee's staff pages: the planning section writes, the mayor's office and viewers read everything, a
 * department's editor reads the 提言 on the measures its departments own.
 */
record StaffReader(boolean planning, @Nullable Set<String> departments) {

    static StaffReader of(Access access, String code) {
        access.requireView(code);
        StaffPrincipal s = access.requireStaff();
        boolean planning = access.canAdminister(code);
        return new StaffReader(
                planning, !planning && s.role() == Role.DEPARTMENT_EDITOR ? Set.copyOf(s.departmentCodes()) : null);
    }

    /** Whether the reader sees the committee's entries on the measure. */
    boolean reads(MeasureRef measure) {
        return departments == null || departments.stream().anyMatch(measure::ownedBy);
    }

    /** The department a list is limited to (one department's editor), null for all. */
    boolean limited() {
        return departments != null;
    }

    static FiscalYear year(int fy) {
        if (fy < 1989 || fy > 2200) {
            throw new NotFoundException(Messages.get("committee.notFound"));
        }
        return FiscalYear.of(fy);
    }
}
