/**
 * The citizens' site as a whole: a municipality's front page (the city at a glance — the plans in effect with their
 * judgement counts, the latest results, open consultations, the latest white paper, what was published recently), the
 * page of a fiscal year, the Atom feed of new publications and consultations, and a department's plans and results of
 * two years side by side. It only reads what the other modules publish; no module depends on it.
 */
@ApplicationModule(displayName = "Public site")
@NullMarked
package jp.hoshin.site;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
