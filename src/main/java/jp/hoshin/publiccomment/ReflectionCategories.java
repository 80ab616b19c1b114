package jp.hoshin.publiccomment;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.Messages;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 反映区分の一覧 — the municipality's list of how items are taken into a plan (the default list until the planning
 * section sets its own). Items keep the label they were given; a label removed from the list stays on them.
 */
@Service
@Transactional
public class ReflectionCategories {

    private final JdbcTemplate jdbc;

    ReflectionCategories(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<ReflectionCategory> categories(String municipalityCode) {
        List<ReflectionCategory> own = jdbc.query(
                "select label, reflected from comment_reflection where municipality_code = ? order by position",
                (rs, i) -> new ReflectionCategory(rs.getString(1), rs.getBoolean(2)),
                municipalityCode);
        return own.isEmpty() ? ReflectionCategory.DEFAULTS : own;
    }

    /** Replaces the list: 1 to 20 distinct labels, at least one counted as reflected. */
    public void save(String municipalityCode, List<ReflectionCategory> list) {
        if (list.isEmpty() || list.size() > 20) {
            throw new BusinessRuleException(Messages.get("comment.reflection.count"));
        }
        Set<String> seen = new HashSet<>();
        for (ReflectionCategory r : list) {
            if (r.label().isBlank() || r.label().length() > ReflectionCategory.MAX_LABEL) {
                throw new BusinessRuleException(Messages.get("comment.reflection.label", ReflectionCategory.MAX_LABEL));
            }
            if (!seen.add(r.label())) {
                throw new BusinessRuleException(Messages.get("comment.reflection.duplicate", r.label()));
            }
        }
        if (list.stream().noneMatch(ReflectionCategory::reflected)) {
            throw new BusinessRuleException(Messages.get("comment.reflection.noneReflected"));
        }
        jdbc.update("delete from comment_reflection where municipality_code = ?", municipalityCode);
        for (int i = 0; i < list.size(); i++) {
            jdbc.update(
                    "insert into comment_reflection (municipality_code, position, label, reflected) values (?, ?, ?, ?)",
                    municipalityCode,
                    i + 1,
                    list.get(i).label(),
                    list.get(i).reflected());
        }
    }
}
