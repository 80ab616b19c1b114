/**
 * The organisation of each fiscal year: departments (部) with head, 基本方針, 部の仕事, 使命・目標 and
 * resources (職員数, 予算規模), their sections (課・係), and the lineage that follows a department across
 * renames, merges and splits. Opening a year copies the previous year's organisation.
 */
@ApplicationModule(displayName = "Organization")
@NullMarked
package jp.hoshin.organization;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
