package jp.hoshin.publiccomment;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

/**
 * 反映区分の一覧 of one municipality as stored: one label a line, ＊ in front of those counted as reflected in the plan.
 * Audited like the other per-city lists; a stale edit is refused by its version.
 */
@Entity
@Audited
@Table(name = "comment_reflection_list")
class ReflectionList {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String municipalityCode;
    private String lines;

    @Version
    private long version;

    protected ReflectionList() {}

    ReflectionList(String municipalityCode, List<ReflectionCategory> list) {
        this.municipalityCode = municipalityCode;
        replace(list);
    }

    void replace(List<ReflectionCategory> list) {
        this.lines =
                list.stream().map(r -> (r.reflected() ? "＊" : "") + r.label()).collect(Collectors.joining("\n"));
    }

    List<ReflectionCategory> categories() {
        List<ReflectionCategory> list = new ArrayList<>();
        for (String line : lines.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            boolean reflected = line.startsWith("＊");
            list.add(new ReflectionCategory(reflected ? line.substring(1) : line, reflected));
        }
        return list;
    }

    long version() {
        return version;
    }
}
