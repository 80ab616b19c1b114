/**
 * Identity: staff accounts, roles, sign-in, account locking, and the access rules every page and
 * API call asks ({@link jp.hoshin.identity.Access}). Other modules tell it which municipalities and
 * departments exist through {@link jp.hoshin.identity.MunicipalityDirectory} and
 * {@link jp.hoshin.identity.DepartmentDirectory}.
 */
@ApplicationModule(displayName = "Identity")
@NullMarked
package jp.hoshin.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
