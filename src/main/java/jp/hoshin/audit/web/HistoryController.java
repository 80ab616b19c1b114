package jp.hoshin.audit.web;

import jp.hoshin.audit.AuditHistory;
import java.util.HashMap;
import java.util.Map;

import jp.hoshin.identity.Access;
import jp.hoshin.identity.StaffAccounts;
import jp.hoshin.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The history of any audited record, for the planning administrators of its municipality. */
@Controller
class HistoryController {

    private final AuditHistory history;
    private final Access access;
    private final StaffAccounts accounts;

    HistoryController(AuditHistory history, Access access, StaffAccounts accounts) {
        this.history = history;
        this.access = access;
        this.accounts = accounts;
    }

    @GetMapping("/staff/history/{entity}/{id}")
    String show(@PathVariable String entity, @PathVariable long id, Model model) {
        if (!history.isAudited(entity)) {
            throw new NotFoundException("「" + entity + "」の変更履歴はありません。");
        }
        String owner = history.ownerOf(entity, id).orElse(null);
        if (owner == null) {
            access.requireDeploymentAdministrator();
        } else {
            access.requireAdminister(owner);
        }
        model.addAttribute("entity", entity);
        model.addAttribute("recordId", id);
        model.addAttribute("changes", history.history(entity, id));
        model.addAttribute("names", names(owner));
        return "staff/history";
    }

    /** Who changed a record, as people read it: the staff member's name (the account stays in the page as a tooltip). */
    private Map<String, String> names(@Nullable String municipalityCode) {
        Map<String, String> names = new HashMap<>();
        names.put("system", "システム（自動処理）");
        names.put("demo", "デモデータの読み込み");
        accounts.list(municipalityCode).forEach(a -> names.put(a.username(), a.displayName()));
        return names;
    }
}
