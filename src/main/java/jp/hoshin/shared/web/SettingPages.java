package jp.hoshin.shared.web;

import jp.hoshin.shared.ConcurrentEditException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.validation.Errors;

/**
 * A municipality's setting saved from its staff page (one versioned row per municipality: 評価シートの様式, 施策評価の設定).
 * When the save is refused, the reason is a message of the whole form and the page comes back with what was typed.
 */
public final class SettingPages {

    private SettingPages() {}

    /**
     * Saves; false when someone else saved first (a stale version, or the municipality's row created meanwhile: it is
     * unique) or when the save throws one of {@code refusals} (its message shown as it is).
     */
    @SafeVarargs
    public static boolean saved(Errors errors, Runnable save, Class<? extends RuntimeException>... refusals) {
        try {
            save.run();
            return true;
        } catch (ConcurrentEditException e) {
            errors.reject("stale", e.getMessage());
        } catch (DataIntegrityViolationException e) {
            errors.reject("stale", new ConcurrentEditException().getMessage());
        } catch (RuntimeException e) {
            for (Class<? extends RuntimeException> refusal : refusals) {
                if (refusal.isInstance(e)) {
                    errors.reject("refused", e.getMessage());
                    return false;
                }
            }
            throw e;
        }
        return false;
    }
}
