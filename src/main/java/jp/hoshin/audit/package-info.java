/**
 * Audit trail: every change to domain data is recorded by Hibernate Envers with who and when
 * ({@link jp.hoshin.audit.AuditRevision}); {@link jp.hoshin.audit.AuditHistory} reads a record's
 * history as a list of changes with old and new values. Modules say which municipality a record
 * belongs to through {@link jp.hoshin.shared.AuditedRecordOwner}, so that only its administrators read it.
 */
@ApplicationModule(displayName = "Audit")
@NullMarked
package jp.hoshin.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
