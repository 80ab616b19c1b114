package jp.hoshin.evaluation;

import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.organization.DepartmentView;
import jp.hoshin.organization.Organization;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.NotFoundException;
import jp.hoshin.shared.workflow.Transition;
import org.springframework.stereotype.Component;

/**
 * New sheets of a year at 一次評価 (評価対象に選定), numbered one after the other on every instance, their links checked.
 * Runs in its callers' transactions (one sheet from {@link Evaluations#create}, many from {@link EvaluationSelection}).
 */
@Component
class NewSheets {

    private final SheetRepository sheets;
    private final SheetStore store;
    private final SheetLinks links;
    private final FiscalYears fiscalYears;
    private final Organization organization;

    NewSheets(
            SheetRepository sheets,
            SheetStore store,
            SheetLinks links,
            FiscalYears fiscalYears,
            Organization organization) {
        this.sheets = sheets;
        this.store = store;
        this.links = links;
        this.fiscalYears = fiscalYears;
        this.organization = organization;
    }

    /** New sheets of one year; their links are checked reading each plan once. */
    Batch of(String municipalityCode, int year) {
        return new Batch(municipalityCode, year, links.check(municipalityCode, year));
    }

    final class Batch {
        private final String municipalityCode;
        private final int year;
        private final SheetLinks.Check check;

        private Batch(String municipalityCode, int year, SheetLinks.Check check) {
            this.municipalityCode = municipalityCode;
            this.year = year;
            this.check = check;
        }

        EvaluationSheetView create(String departmentCode, SheetContent content, String by, boolean illustrative) {
            FiscalYearView fy = fiscalYears.get(municipalityCode, year);
            fy.requireOpen();
            DepartmentView d;
            try {
                d = organization.department(municipalityCode, year, departmentCode);
            } catch (NotFoundException e) {
                throw BusinessRuleException.about("departmentCode", e.getMessage());
            }
            check.check(d.code(), content);
            sheets.lockNumbering(fy.id());
            EvaluationSheet sheet = sheets.saveAndFlush(
                    new EvaluationSheet(fy.id(), sheets.maxNumber(fy.id()) + 1, d.code(), content, null, illustrative));
            store.recordStep(
                    sheet, Transition.within(EvaluationStage.FIRST), by, Messages.get("evaluation.step.selected"));
            return sheet.view(year, store.laborUnitCosts(municipalityCode), store.columns(municipalityCode));
        }
    }
}
