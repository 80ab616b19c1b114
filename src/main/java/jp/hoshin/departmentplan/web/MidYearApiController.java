package jp.hoshin.departmentplan.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.hoshin.departmentplan.MidYearChecks;
import jp.hoshin.departmentplan.MidYearEntry;
import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.shared.web.Downloads;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The published mid-year checks as JSON and as open-data CSV, beside the department-plans API. */
@RestController
@Tag(name = "中間確認", description = "公表された中間確認（各部の個別事業の進捗）")
class MidYearApiController {

    /** One department's published check. */
    record CheckDto(
            String departmentCode, String departmentName, Map<String, Long> counts, List<MidYearEntry> projects) {}

    /** A checkpoint with its published checks and the overall counts. */
    record CheckpointDto(
            int number,
            String label,
            LocalDate referenceDate,
            List<String> statuses,
            Map<String, Long> counts,
            long onSchedule,
            long projects,
            List<CheckDto> departments) {}

    static final List<String> CSV_COLUMNS = List.of(
            "団体コード", "団体名", "年度", "年度（和暦）", "時点番号", "時点", "基準日", "部コード", "部名", "事業番号", "事業名", "進捗", "予定通り", "説明",
            "これまでの実績");

    private final MidYearChecks checks;
    private final Municipalities municipalities;
    private final FiscalYears fiscalYears;

    MidYearApiController(MidYearChecks checks, Municipalities municipalities, FiscalYears fiscalYears) {
        this.checks = checks;
        this.municipalities = municipalities;
        this.fiscalYears = fiscalYears;
    }

    @GetMapping("/api/v1/municipalities/{code}/fiscal-years/{year}/midyear-checks")
    @Operation(summary = "公表された中間確認：時点ごと・部ごとの各個別事業の進捗、説明、これまでの実績と件数")
    List<CheckpointDto> list(@PathVariable String code, @PathVariable int year) {
        MunicipalityView m = municipalities.get(code);
        fiscalYears.get(m.code(), year);
        return checks.published(m.code(), year).stream()
                .map(cp -> new CheckpointDto(
                        cp.checkpoint().number(),
                        cp.checkpoint().label(),
                        cp.checkpoint().referenceDate(),
                        cp.labels(),
                        cp.total(),
                        cp.onSchedule(),
                        cp.projects(),
                        cp.checks().stream()
                                .map(c -> new CheckDto(c.departmentCode(), c.departmentName(), c.counts(), c.entries()))
                                .toList()))
                .toList();
    }

    @GetMapping(value = "/api/v1/municipalities/{code}/fiscal-years/{year}/midyear-checks.csv", produces = "text/csv")
    @Operation(
            summary = "公表された中間確認のオープンデータ（CSV、UTF-8 BOM付き、個別事業ごとに1行）",
            description = "列: 団体コード, 団体名, 年度, 年度（和暦）, 時点番号, 時点, 基準日（YYYY-MM-DD）, 部コード, 部名, 事業番号, 事業名, 進捗, "
                    + "予定通り（○）, 説明, これまでの実績。")
    ResponseEntity<byte[]> csv(@PathVariable String code, @PathVariable int year) {
        MunicipalityView m = municipalities.get(code);
        FiscalYear fy = fiscalYears.get(m.code(), year).year();
        List<List<?>> rows = new ArrayList<>();
        rows.add(CSV_COLUMNS);
        for (var cp : checks.published(m.code(), year)) {
            for (var c : cp.checks()) {
                for (MidYearEntry e : c.entries()) {
                    rows.add(Arrays.asList(
                            m.code(),
                            m.name(),
                            year,
                            fy.warekiLabel(),
                            cp.checkpoint().number(),
                            cp.checkpoint().label(),
                            cp.checkpoint().referenceDate(),
                            c.departmentCode(),
                            c.departmentName(),
                            e.projectNumber(),
                            e.projectTitle(),
                            e.status(),
                            e.onSchedule() ? "○" : "",
                            e.comment(),
                            e.valuesSoFar()));
                }
            }
        }
        return Downloads.csv(m.code() + "_" + year + "_midyear-checks.csv", rows);
    }
}
