/**
 * Shared kernel: values and infrastructure every module may use — Japanese text normalisation,
 * 和暦 display, the embedded PostgreSQL default, error pages and problem details.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package jp.hoshin.shared;
