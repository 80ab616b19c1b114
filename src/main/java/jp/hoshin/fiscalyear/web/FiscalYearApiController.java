package jp.hoshin.fiscalyear.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "年度")
class FiscalYearApiController {

    /** A fiscal year: {@code year} is the western start year (2020 = 令和2年度). */
    record FiscalYearDto(
            int year, String label, String wareki, String alsoCalled, String firstDay, String lastDay, String status) {
        static FiscalYearDto of(FiscalYearView v) {
            return new FiscalYearDto(
                    v.year().startYear(),
                    v.year().label(),
                    v.year().warekiLabel(),
                    v.year().alternativeLabel().orElse(null),
                    v.year().firstDay().toString(),
                    v.year().lastDay().toString(),
                    v.status().name());
        }
    }

    private final FiscalYears fiscalYears;

    FiscalYearApiController(FiscalYears fiscalYears) {
        this.fiscalYears = fiscalYears;
    }

    @GetMapping("/api/v1/municipalities/{code}/fiscal-years")
    @Operation(summary = "自治体の年度の一覧（新しい順）")
    List<FiscalYearDto> list(@PathVariable String code) {
        return fiscalYears.list(code).stream().map(FiscalYearDto::of).toList();
    }
}
