package jp.hoshin.shared;

import java.util.Optional;
import java.util.Set;

/**
 * Implemented by a module for its audited entities: the municipality a record belongs to, so that
 * only that municipality's administrators (or deployment-wide ones) read its history.
 */
public interface AuditedRecordOwner {

    /** Entity names this owner answers for (the JPA entity names, e.g. "Department"). */
    Set<String> entityNames();

    Optional<String> municipalityCodeOf(String entityName, long id);
}
