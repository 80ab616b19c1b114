package jp.hoshin.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.transaction.annotation.Transactional;

/**
 * A page handler that only reads (a public page, or a staff list): the reads that build its model share one read-only
 * scope instead of opening a transaction each (issue 19: a measure page made 15, each a pooled connection, a Hibernate
 * session and a commit). {@link ReadOnlyPages} begins it before the handler and ends it after the last interceptor has
 * added to the model (the municipality's branding), before the template is rendered, so no connection is held while a
 * page is written out (open-in-view stays off). The scope is no database transaction: its statements run one by one
 * on one connection ({@code shared.PageReadTransactions}), which spares a {@code BEGIN} and a {@code COMMIT} per page.
 * Only for handlers that never write: a write inside would run in a transaction of its own. The annotation's own
 * {@code @Transactional} covers a call without the interceptor (a web slice test).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Transactional(readOnly = true)
public @interface ReadOnlyPage {}
