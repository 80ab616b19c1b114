package jp.hoshin.departmentplan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 中間確認の時点 — the checkpoints of a fiscal year as the planning section sets them: one by default (上半期, 9月30日),
 * stored once edited; more can be added. Callers check roles first.
 */
@Service
public class MidYearCheckpoints {

    private final MidYearCheckpointRepository checkpoints;
    private final FiscalYears fiscalYears;

    MidYearCheckpoints(MidYearCheckpointRepository checkpoints, FiscalYears fiscalYears) {
        this.checkpoints = checkpoints;
        this.fiscalYears = fiscalYears;
    }

    /** The checkpoints of the year in order; the default one when none is stored. */
    @Transactional(readOnly = true)
    public List<MidYearCheckpointView> checkpoints(String municipalityCode, int year) {
        return of(fiscalYears.get(municipalityCode, year));
    }

    List<MidYearCheckpointView> of(FiscalYearView fy) {
        List<MidYearCheckpointView> stored = checkpoints.findByFiscalYearIdOrderByNumber(fy.id()).stream()
                .map(MidYearCheckpoint::view)
                .toList();
        return stored.isEmpty() ? List.of(MidYearCheckpoint.defaultOf(fy.year())) : stored;
    }

    MidYearCheckpointView get(FiscalYearView fy, int number) {
        return of(fy).stream()
                .filter(c -> c.number() == number)
                .findFirst()
                .orElseThrow(() -> new NotFoundException(Messages.get("midyear.checkpoint.notFound", number)));
    }

    /** What is wrong with a checkpoint as typed, by field ({@code label}, {@code referenceDate}); empty when nothing. */
    @Transactional(readOnly = true)
    public Map<String, String> problems(
            String municipalityCode, int year, @Nullable String label, @Nullable LocalDate referenceDate) {
        return MidYearCheckpoint.problems(
                fiscalYears.get(municipalityCode, year).year(), label, referenceDate);
    }

    /**
     * Saves checkpoint {@code number} (the default one is stored on its first edit) with the version the form was made
     * from (null for the default or a new one); {@code number} 0 adds a new checkpoint after the last.
     */
    @Transactional
    public MidYearCheckpointView save(
            String municipalityCode,
            int year,
            int number,
            @Nullable Long editedVersion,
            String label,
            @Nullable LocalDate referenceDate) {
        FiscalYearView fy = fiscalYears.get(municipalityCode, year);
        fy.requireOpen();
        Map<String, String> problems = MidYearCheckpoint.problems(fy.year(), label, referenceDate);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.values().iterator().next());
        }
        List<MidYearCheckpoint> stored = checkpoints.findByFiscalYearIdOrderByNumber(fy.id());
        if (stored.isEmpty()) {
            MidYearCheckpointView d = MidYearCheckpoint.defaultOf(fy.year());
            stored = List.of(checkpoints.save(
                    new MidYearCheckpoint(fy.id(), d.number(), fy.year(), d.label(), d.referenceDate())));
            if (number == d.number()) {
                if (editedVersion != null) {
                    throw new ConcurrentEditException();
                }
                editedVersion = stored.get(0).view().version();
            }
        }
        MidYearCheckpoint checkpoint;
        if (number == 0) {
            int next = stored.stream().mapToInt(MidYearCheckpoint::number).max().orElse(0) + 1;
            checkpoint = checkpoints.save(new MidYearCheckpoint(fy.id(), next, fy.year(), label, referenceDate));
        } else {
            checkpoint = stored.stream()
                    .filter(c -> c.number() == number)
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException(Messages.get("midyear.checkpoint.notFound", number)));
            if (editedVersion == null) {
                throw new ConcurrentEditException();
            }
            ConcurrentEditException.check(editedVersion, checkpoint.view().version());
            checkpoint.define(fy.year(), label, referenceDate);
        }
        checkpoints.flush();
        return checkpoint.view();
    }
}
