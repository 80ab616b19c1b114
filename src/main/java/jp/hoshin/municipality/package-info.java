/**
 * Municipalities (自治体) served by the deployment, each identified by its 全国地方公共団体コード;
 * the public site's entry pages and {@code GET /api/v1/municipalities}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Municipality")
@org.jspecify.annotations.NullMarked
package jp.hoshin.municipality;
