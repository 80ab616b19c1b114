/**
 * Shared kernel: values and infrastructure every module may use — Japanese text normalisation,
 * 和暦 display, the embedded PostgreSQL default, error pages and problem details.
 */
@ApplicationModule(displayName = "Shared", type = ApplicationModule.Type.OPEN)
@NullMarked
package jp.hoshin.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
