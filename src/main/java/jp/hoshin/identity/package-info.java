/**
 * Identity: staff accounts, roles, sign-in, account locking, and the access rules every page and
 * API call asks ({@link jp.hoshin.identity.Access}). Other modules tell it which municipalities and
 * departments exist through {@link jp.hoshin.identity.MunicipalityDirectory} and
 * {@link jp.hoshin.identity.DepartmentDirectory}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
@org.jspecify.annotations.NullMarked
package jp.hoshin.identity;
