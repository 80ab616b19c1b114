package jp.hoshin.audit.web;

import jp.hoshin.audit.AuditHistory;
import jp.hoshin.identity.Access;
import jp.hoshin.identity.StaffNames;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The history of any audited record, for the planning administrators of its municipality. */
@Controller
class HistoryController {

    private final AuditHistory history;
    private final Access access;
    private final StaffNames names;

    HistoryController(AuditHistory history, Access access, StaffNames names) {
        this.history = history;
        this.access = access;
        this.names = names;
    }

    @GetMapping("/staff/history/{entity}/{id}")
    String show(@PathVariable String entity, @PathVariable long id, Model model) {
        if (!history.isAudited(entity)) {
            throw new NotFoundException(Messages.get("audit.noHistory", entity));
        }
        String owner = history.ownerOf(entity, id).orElse(null);
        if (owner == null) {
            access.requireDeploymentAdministrator();
        } else {
            access.requireAdminister(owner);
        }
        model.addAttribute("entity", entity);
        model.addAttribute("recordId", String.valueOf(id)); // as written: 1234, not 1,234
        model.addAttribute("changes", history.history(entity, id));
        model.addAttribute("names", names.byUsername());
        return "staff/history";
    }
}
