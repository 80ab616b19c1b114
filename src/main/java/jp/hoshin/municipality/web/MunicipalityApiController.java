package jp.hoshin.municipality.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/municipalities")
@Tag(name = "自治体", description = "このシステムで公開している自治体")
class MunicipalityApiController {

    /** A municipality in the public API. */
    record MunicipalityDto(String code, String name, String nameKana, String prefecture, boolean sample) {
        static MunicipalityDto of(MunicipalityView m) {
            return new MunicipalityDto(m.code(), m.name(), m.nameKana(), m.prefecture(), m.sample());
        }
    }

    private final Municipalities municipalities;

    MunicipalityApiController(Municipalities municipalities) {
        this.municipalities = municipalities;
    }

    @GetMapping
    @Operation(summary = "自治体の一覧（全国地方公共団体コードと名称）")
    List<MunicipalityDto> list() {
        return municipalities.all().stream().map(MunicipalityDto::of).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "自治体")
    MunicipalityDto get(@PathVariable String code) {
        return MunicipalityDto.of(municipalities.get(code));
    }
}
