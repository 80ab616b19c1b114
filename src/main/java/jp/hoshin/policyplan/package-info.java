/**
 * 計画と指標: the basic vision (基本構想), the basic plan (基本計画) with its revisions, phases, policy
 * areas, measures and main projects, the comprehensive strategy (総合戦略) with its goals and KPIs, the
 * administrative reform action plan (行財政改革アクションプラン) with its 体系 and 個別課題; each element's
 * progress text per fiscal year; and the indicators (目標指標 / 数値目標 / KPI) with their values per
 * fiscal year and the computed judgement ({@link jp.hoshin.policyplan.IndicatorJudgement}).
 * Data comes in and goes out as the tables of docs/plan-data-format.md ({@link jp.hoshin.policyplan.PolicyDataImport},
 * {@link jp.hoshin.policyplan.PolicyDataExport}); {@link jp.hoshin.policyplan.PolicyPlans} reads it.
 */
@ApplicationModule(displayName = "Plans and indicators")
@NullMarked
package jp.hoshin.policyplan;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
