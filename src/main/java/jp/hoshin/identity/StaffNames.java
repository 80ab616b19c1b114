package jp.hoshin.identity;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who did something, as people read it: histories and step trails record a user name ({@code mitaka-review}); pages
 * show the person's name (市長室 確認担当) and keep the account as a tooltip. Templates read it as {@code @staffNames}.
 */
@Component("staffNames")
public class StaffNames {

    private final StaffAccountRepository accounts;

    StaffNames(StaffAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** Display names by user name, with the names of Hoshin's own acts (system, the demo loader). */
    @Transactional(readOnly = true)
    public Map<String, String> byUsername() {
        Map<String, String> names = new HashMap<>();
        names.put("system", "システム（自動処理）");
        names.put("demo", "デモデータの読み込み");
        accounts.names().forEach(a -> names.put((String) a[0], (String) a[1]));
        return names;
    }
}
