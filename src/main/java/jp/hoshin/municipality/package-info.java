/**
 * Municipalities (自治体) served by the deployment, each identified by its 全国地方公共団体コード;
 * the public site's entry pages and {@code GET /api/v1/municipalities}.
 */
@ApplicationModule(displayName = "Municipality")
@NullMarked
package jp.hoshin.municipality;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
