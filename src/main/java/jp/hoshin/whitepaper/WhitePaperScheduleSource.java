package jp.hoshin.whitepaper;

import java.util.List;
import java.util.Set;

import jp.hoshin.schedule.ScheduleSource;
import jp.hoshin.schedule.ScheduleStep;
import jp.hoshin.schedule.StepProgress;
import jp.hoshin.schedule.StepProgress.Phase;
import jp.hoshin.shared.Messages;
import org.springframework.stereotype.Component;

/** The year's schedule as the white paper stands: 発行 is done once the year's first edition is published. */
@Component
class WhitePaperScheduleSource implements ScheduleSource {

    private final WhitePapers whitePapers;

    WhitePaperScheduleSource(WhitePapers whitePapers) {
        this.whitePapers = whitePapers;
    }

    @Override
    public Set<ScheduleStep> steps() {
        return Set.of(ScheduleStep.WHITE_PAPER);
    }

    @Override
    public List<StepProgress> progress(String municipalityCode, int fiscalYear) {
        List<EditionView> editions = whitePapers.editions(municipalityCode, fiscalYear);
        String url = "/staff/m/" + municipalityCode + "/" + fiscalYear + "/white-paper";
        if (editions.isEmpty()) {
            return List.of(new StepProgress(
                    ScheduleStep.WHITE_PAPER,
                    0,
                    null,
                    Messages.get("schedule.whitePaper.notIssued"),
                    Phase.OPEN,
                    null,
                    null,
                    null,
                    null,
                    url,
                    null));
        }
        EditionView first = editions.getFirst();
        EditionView latest = editions.getLast();
        return List.of(new StepProgress(
                ScheduleStep.WHITE_PAPER,
                0,
                null,
                Messages.get("schedule.whitePaper.issued", latest.label()),
                Phase.DONE,
                first.publishedAt(),
                first.publishedBy(),
                latest.publishedAt(),
                latest.publishedBy(),
                url,
                null));
    }
}
