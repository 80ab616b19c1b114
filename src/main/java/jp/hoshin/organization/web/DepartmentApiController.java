package jp.hoshin.organization.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.hoshin.identity.Access;
import jp.hoshin.organization.DepartmentHistory;
import jp.hoshin.organization.DepartmentProfile;
import jp.hoshin.organization.DepartmentView;
import jp.hoshin.organization.Organization;
import jp.hoshin.organization.SectionView;
import jp.hoshin.shared.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/municipalities/{code}/fiscal-years/{year}/departments")
@Tag(name = "組織", description = "年度ごとの部・課と部長、基本方針、経営資源")
class DepartmentApiController {

    record HeadDto(@Nullable String name, @Nullable String nameKana) {}

    record ResourcesDto(
            @Nullable Integer staffCount, @Nullable Long budgetYen) {}

    record SectionDto(String name, int displayOrder) {}

    /** A department of a fiscal year. {@code version} is needed to update it. */
    record DepartmentDto(
            String code,
            String name,
            int displayOrder,
            HeadDto head,
            @Nullable String basicPolicy,
            @Nullable String work,
            @Nullable String missionHeadline,
            @Nullable String mission,
            ResourcesDto resources,
            List<SectionDto> sections,
            long version) {
        static DepartmentDto of(DepartmentView d) {
            DepartmentProfile p = d.profile();
            return new DepartmentDto(
                    d.code(),
                    d.name(),
                    d.displayOrder(),
                    new HeadDto(p.headName(), p.headNameKana()),
                    p.basicPolicy(),
                    p.workDescription(),
                    p.missionHeadline(),
                    p.mission(),
                    new ResourcesDto(p.staffCount(), p.budgetYen()),
                    d.sections().stream().map(DepartmentApiController::section).toList(),
                    d.version());
        }
    }

    /** What a staff client sends to update a department (all fields replace the stored ones). */
    record DepartmentUpdate(
            long version,
            HeadDto head,
            @Nullable String basicPolicy,
            @Nullable String work,
            @Nullable String missionHeadline,
            @Nullable String mission,
            ResourcesDto resources,
            List<String> sections) {

        /** Every part must be there (a missing "sections" was an HTTP 500, found by fuzzing the API). */
        DepartmentUpdate {
            if (head == null || resources == null || sections == null) {
                throw new IllegalArgumentException(Messages.get("organization.api.updateIncomplete"));
            }
        }
    }

    private final Organization organization;
    private final Access access;

    DepartmentApiController(Organization organization, Access access) {
        this.organization = organization;
        this.access = access;
    }

    @GetMapping
    @Operation(summary = "年度の部の一覧（部長、課・係、経営資源を含む）")
    List<DepartmentDto> list(@PathVariable String code, @PathVariable int year) {
        return organization.departments(code, year).stream()
                .map(DepartmentDto::of)
                .toList();
    }

    @GetMapping("/{department}")
    @Operation(summary = "部")
    DepartmentDto get(@PathVariable String code, @PathVariable int year, @PathVariable String department) {
        return DepartmentDto.of(organization.department(code, year, department));
    }

    @GetMapping("/{department}/lineage")
    @Operation(summary = "部の沿革（年度をまたいだ名称変更・統合・分割）")
    DepartmentHistory lineage(@PathVariable String code, @PathVariable int year, @PathVariable String department) {
        return organization.history(code, year, department);
    }

    @PutMapping("/{department}")
    @Operation(summary = "部の情報を更新する（職員。version が一致しないと 409）", security = @SecurityRequirement(name = "basic"))
    DepartmentDto update(
            @PathVariable String code,
            @PathVariable int year,
            @PathVariable String department,
            @RequestBody DepartmentUpdate update) {
        access.requireDepartmentEdit(code, department);
        DepartmentProfile profile = new DepartmentProfile(
                update.head().name(),
                update.head().nameKana(),
                update.basicPolicy(),
                update.work(),
                update.missionHeadline(),
                update.mission(),
                update.resources().staffCount(),
                update.resources().budgetYen());
        return DepartmentDto.of(
                organization.describe(code, year, department, update.version(), profile, update.sections()));
    }

    private static SectionDto section(SectionView s) {
        return new SectionDto(s.name(), s.displayOrder());
    }
}
