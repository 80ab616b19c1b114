package jp.hoshin.organization;

import java.util.List;

import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.NotFoundException;
import org.springframework.stereotype.Component;

/** How {@link Organization} and {@link Reorganization} find what they change: an open year, a department of it by code. */
@Component
class DepartmentStore {

    private final DepartmentRepository departments;
    private final FiscalYears fiscalYears;

    DepartmentStore(DepartmentRepository departments, FiscalYears fiscalYears) {
        this.departments = departments;
        this.fiscalYears = fiscalYears;
    }

    FiscalYearView openYear(String municipalityCode, int year) {
        FiscalYearView fy = fiscalYears.get(municipalityCode, year);
        fy.requireOpen();
        return fy;
    }

    Department load(FiscalYearView fy, String code) {
        return departments
                .findByFiscalYearAndCode(fy.id(), JapaneseText.fold(code))
                .orElseThrow(() -> new NotFoundException(Messages.get(
                        "organization.department.notFound", fy.year().label(), code)));
    }

    /** Section names as typed, blank lines left out; each at most 60 characters. */
    static List<String> cleanNames(List<String> names) {
        List<String> clean =
                names.stream().map(JapaneseText::text).filter(n -> !n.isEmpty()).toList();
        for (String n : clean) {
            if (n.length() > 60) {
                throw new BusinessRuleException(Messages.get("organization.section.tooLong", n.substring(0, 20)));
            }
        }
        return clean;
    }
}
