package jp.hoshin.committee;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.hoshin.policyplan.ElementOwners;
import jp.hoshin.policyplan.PolicyPlans;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The measures (施策) of the municipality's basic plans the committee may rate, by policy element id; owners read
 * against the current organisation as {@link PolicyPlans#owners} does.
 */
@Service
@Transactional(readOnly = true)
public class CommitteeMeasures {

    private final JdbcTemplate jdbc;
    private final PolicyPlans plans;

    CommitteeMeasures(JdbcTemplate jdbc, PolicyPlans plans) {
        this.jdbc = jdbc;
        this.plans = plans;
    }

    /** Every measure of the municipality's basic plans, in plan order. */
    public List<MeasureRef> measures(String municipalityCode) {
        ElementOwners owners = plans.owners(municipalityCode);
        return jdbc.query(
                """
                select e.id, p.plan_key, p.name, e.element_key, e.number, e.name, e.owners
                from policy_element e
                join policy_plan p on p.id = e.plan_id
                join municipality m on m.id = p.municipality_id
                where m.code = ? and e.kind = 'MEASURE' and p.kind = 'BASIC_PLAN'
                order by p.position, p.id, e.position, e.id
                """,
                (rs, i) -> {
                    String number = rs.getString(5);
                    String name = rs.getString(6);
                    String written = rs.getString(7);
                    return new MeasureRef(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            number == null ? name : number + " " + name,
                            written == null ? "" : written,
                            owners.of(written));
                },
                municipalityCode);
    }

    public Map<Long, MeasureRef> byId(String municipalityCode) {
        return measures(municipalityCode).stream()
                .collect(Collectors.toMap(
                        MeasureRef::id, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    public Optional<MeasureRef> find(String municipalityCode, long measureId) {
        return Optional.ofNullable(byId(municipalityCode).get(measureId));
    }

    public MeasureRef get(String municipalityCode, long measureId) {
        return find(municipalityCode, measureId)
                .orElseThrow(() -> new NotFoundException(Messages.get("committee.measure.notFound")));
    }
}
