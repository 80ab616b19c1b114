/**
 * 自治体経営白書: the yearly white paper generated from the data — the basic plan's measures with their
 * indicator tables, charts and progress, the strategy's goals and KPIs, the action plan's items of the
 * year, the departments' published results — with editable front matter, as a PDF and as public HTML
 * chapters. A published edition is kept as issued; a later edition does not change it.
 */
@ApplicationModule(displayName = "White paper")
@NullMarked
package jp.hoshin.whitepaper;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
