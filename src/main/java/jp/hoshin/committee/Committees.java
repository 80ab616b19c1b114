package jp.hoshin.committee;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee of a municipality and fiscal year: its name, members and meetings (minutes PDF at most
 * {@link #MAX_PDF_BYTES}), and the 公表 of the year. Each call is one transaction; a stale version is refused.
 */
@Service
@Transactional
public class Committees {

    public static final int MAX_PDF_BYTES = 10 * 1024 * 1024;

    private final CommitteeRepository committees;
    private final MemberRepository members;
    private final MeetingRepository meetings;
    private final Clock clock;

    Committees(CommitteeRepository committees, MemberRepository members, MeetingRepository meetings, Clock clock) {
        this.committees = committees;
        this.members = members;
        this.meetings = meetings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<CommitteeView> find(String code, int fiscalYear) {
        return committees.findByMunicipalityCodeAndFiscalYear(code, fiscalYear).map(Committee::view);
    }

    /** The published committee of the year, if any. */
    @Transactional(readOnly = true)
    public Optional<CommitteeView> published(String code, int fiscalYear) {
        return find(code, fiscalYear).filter(CommitteeView::published);
    }

    /** The years whose committee is published. */
    @Transactional(readOnly = true)
    public List<Integer> publishedYears(String code) {
        return committees.findByMunicipalityCodeOrderByFiscalYear(code).stream()
                .map(Committee::view)
                .filter(CommitteeView::published)
                .map(CommitteeView::fiscalYear)
                .toList();
    }

    /** Sets up the year's committee (外部評価委員会, 市民評価委員会 … as the city calls it). */
    public CommitteeView establish(String code, int fiscalYear, String name) {
        if (committees.findByMunicipalityCodeAndFiscalYear(code, fiscalYear).isPresent()) {
            throw new BusinessRuleException(Messages.get("committee.exists"));
        }
        return committees.saveAndFlush(new Committee(code, fiscalYear, name)).view();
    }

    /** Sets up an illustrative committee (demo data, marked 例示 on the public page). */
    public CommitteeView establishIllustrative(String code, int fiscalYear, String name) {
        establish(code, fiscalYear, name);
        Committee c = committee(code, fiscalYear);
        c.markIllustrative();
        return committees.saveAndFlush(c).view();
    }

    public CommitteeView rename(String code, int fiscalYear, long version, String name) {
        Committee c = committee(code, fiscalYear);
        ConcurrentEditException.check(version, c.version());
        c.rename(name);
        return committees.saveAndFlush(c).view();
    }

    public CommitteeView publish(String code, int fiscalYear, long version, String by) {
        Committee c = committee(code, fiscalYear);
        ConcurrentEditException.check(version, c.version());
        c.publish(by, clock.instant());
        return committees.saveAndFlush(c).view();
    }

    public CommitteeView withdraw(String code, int fiscalYear, long version) {
        Committee c = committee(code, fiscalYear);
        ConcurrentEditException.check(version, c.version());
        c.withdraw();
        return committees.saveAndFlush(c).view();
    }

    @Transactional(readOnly = true)
    public List<MemberView> members(String code, int fiscalYear) {
        return find(code, fiscalYear)
                .map(c -> members.findByCommitteeIdOrderByPositionAscIdAsc(c.id()).stream()
                        .map(CommitteeMember::view)
                        .toList())
                .orElse(List.of());
    }

    public MemberView addMember(String code, int fiscalYear, MemberDraft draft) {
        Committee c = committee(code, fiscalYear);
        int position = members.findByCommitteeIdOrderByPositionAscIdAsc(c.id()).size() + 1;
        return members.saveAndFlush(new CommitteeMember(c.id(), code, position, draft))
                .view();
    }

    public MemberView changeMember(String code, int fiscalYear, long id, long version, MemberDraft draft) {
        CommitteeMember m = member(code, fiscalYear, id);
        ConcurrentEditException.check(version, m.version());
        m.describe(draft);
        return members.saveAndFlush(m).view();
    }

    public void removeMember(String code, int fiscalYear, long id, long version) {
        CommitteeMember m = member(code, fiscalYear, id);
        ConcurrentEditException.check(version, m.version());
        members.delete(m);
    }

    @Transactional(readOnly = true)
    public List<MeetingView> meetings(String code, int fiscalYear) {
        return find(code, fiscalYear)
                .map(c -> meetings.findByCommitteeIdOrderByNumberAscIdAsc(c.id()).stream()
                        .map(CommitteeMeeting::view)
                        .toList())
                .orElse(List.of());
    }

    public MeetingView addMeeting(String code, int fiscalYear, MeetingDraft draft, @Nullable MinutesFile pdf) {
        Committee c = committee(code, fiscalYear);
        requireFreeNumber(c.id(), draft.number(), null);
        CommitteeMeeting m = new CommitteeMeeting(c.id(), code, draft);
        if (pdf != null) {
            m.attachMinutes(checked(pdf).filename(), pdf.content());
        }
        return meetings.saveAndFlush(m).view();
    }

    /** Changes a meeting; a new PDF replaces the old one, {@code removePdf} drops it. */
    public MeetingView changeMeeting(
            String code,
            int fiscalYear,
            long id,
            long version,
            MeetingDraft draft,
            @Nullable MinutesFile pdf,
            boolean removePdf) {
        CommitteeMeeting m = meeting(code, fiscalYear, id);
        ConcurrentEditException.check(version, m.version());
        requireFreeNumber(m.committeeId(), draft.number(), id);
        m.describe(draft);
        if (pdf != null) {
            m.attachMinutes(checked(pdf).filename(), pdf.content());
        } else if (removePdf) {
            m.removeMinutesPdf();
        }
        return meetings.saveAndFlush(m).view();
    }

    public void removeMeeting(String code, int fiscalYear, long id, long version) {
        CommitteeMeeting m = meeting(code, fiscalYear, id);
        ConcurrentEditException.check(version, m.version());
        meetings.delete(m);
    }

    @Transactional(readOnly = true)
    public Optional<MinutesFile> minutesPdf(String code, int fiscalYear, long id) {
        CommitteeMeeting m = meeting(code, fiscalYear, id);
        byte[] pdf = m.minutesPdf();
        String name = m.minutesFilename();
        return pdf == null || name == null ? Optional.empty() : Optional.of(new MinutesFile(name, pdf));
    }

    /** Refuses anything that is not a PDF or is too large; the file name is made safe for a download. */
    static MinutesFile checked(MinutesFile pdf) {
        if (pdf.content().length > MAX_PDF_BYTES) {
            throw BusinessRuleException.about("file", Messages.get("committee.meeting.pdfTooLarge"));
        }
        byte[] head = Arrays.copyOf(pdf.content(), Math.min(5, pdf.content().length));
        if (!new String(head, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-")) {
            throw BusinessRuleException.about("file", Messages.get("committee.meeting.notPdf"));
        }
        String name =
                pdf.filename().replaceAll("[\\\\/\\r\\n\"\\p{Cntrl}]", "_").strip();
        if (name.isEmpty()) {
            name = "minutes.pdf";
        }
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return new MinutesFile(name, pdf.content());
    }

    private void requireFreeNumber(long committeeId, int number, @Nullable Long self) {
        boolean taken = meetings.findByCommitteeIdOrderByNumberAscIdAsc(committeeId).stream()
                .anyMatch(m -> m.number() == number && (self == null || m.view().id() != self));
        if (taken) {
            throw BusinessRuleException.about(
                    "number", Messages.get("committee.meeting.numberTaken", String.valueOf(number)));
        }
    }

    private Committee committee(String code, int fiscalYear) {
        return committees
                .findByMunicipalityCodeAndFiscalYear(code, fiscalYear)
                .orElseThrow(() -> new NotFoundException(Messages.get("committee.notFound")));
    }

    private CommitteeMember member(String code, int fiscalYear, long id) {
        Committee c = committee(code, fiscalYear);
        return members.findById(id)
                .filter(m -> m.committeeId() == c.id())
                .orElseThrow(() -> new NotFoundException(Messages.get("committee.member.notFound")));
    }

    private CommitteeMeeting meeting(String code, int fiscalYear, long id) {
        Committee c = committee(code, fiscalYear);
        return meetings.findById(id)
                .filter(m -> m.committeeId() == c.id())
                .orElseThrow(() -> new NotFoundException(Messages.get("committee.meeting.notFound")));
    }
}
