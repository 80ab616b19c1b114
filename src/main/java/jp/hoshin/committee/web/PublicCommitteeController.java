package jp.hoshin.committee.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.hoshin.committee.CommitteeMeasures;
import jp.hoshin.committee.CommitteeReviews;
import jp.hoshin.committee.CommitteeView;
import jp.hoshin.committee.Committees;
import jp.hoshin.committee.MeasureRef;
import jp.hoshin.committee.MemberView;
import jp.hoshin.committee.MinutesFile;
import jp.hoshin.committee.RecommendationView;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.NotFoundException;
import jp.hoshin.shared.web.Downloads;
import jp.hoshin.shared.web.ReadOnlyPage;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The committee's public page of a year, once the planning section published it: members (a name only where its
 * publication was agreed, otherwise the role), meetings with minutes and their PDF, the ratings and 提言 on each
 * measure with the city's answers and states, and the earlier years' 提言 followed in the year.
 */
@Controller
class PublicCommitteeController {

    private static final String PAGE = "/m/{code}/{fy}/measure-evaluations/committee";

    private final Municipalities municipalities;
    private final Committees committees;
    private final CommitteeReviews reviews;
    private final CommitteeMeasures measures;

    PublicCommitteeController(
            Municipalities municipalities,
            Committees committees,
            CommitteeReviews reviews,
            CommitteeMeasures measures) {
        this.municipalities = municipalities;
        this.committees = committees;
        this.reviews = reviews;
        this.measures = measures;
    }

    /** A member as the public sees it: the name only where published. */
    record PublicMember(String role, String name, String affiliation) {

        static PublicMember of(MemberView m) {
            return m.namePublished()
                    ? new PublicMember(m.role(), m.name(), m.affiliation())
                    : new PublicMember(m.role(), "", "");
        }
    }

    /** A measure with the committee's rating and 提言 of the year. */
    record MeasureEntry(MeasureRef measure, String rating, List<RecommendationView> recommendations) {}

    /** An earlier 提言 followed in the year, with its measure. */
    record FollowedEntry(MeasureRef measure, RecommendationView recommendation, String madeLabel) {}

    @GetMapping(PAGE)
    @ReadOnlyPage
    String page(@PathVariable String code, @PathVariable int fy, Model model) {
        MunicipalityView m = municipalities.get(code);
        var year = StaffReader.year(fy);
        CommitteeView committee = committees
                .published(m.code(), fy)
                .orElseThrow(() -> new NotFoundException(Messages.get("committee.public.notPublished")));
        Map<Long, MeasureRef> byId = measures.byId(m.code());
        Map<Long, String> ratings = reviews.ratingsOf(m.code(), fy);
        List<RecommendationView> recs = reviews.recommendations(m.code(), fy);
        Set<Integer> publishedYears = new HashSet<>(committees.publishedYears(m.code()));
        List<MeasureEntry> entries = new ArrayList<>();
        for (MeasureRef ms : byId.values()) {
            List<RecommendationView> mine = recs.stream()
                    .filter(r -> r.measureId() == ms.id() && r.fiscalYear() == fy)
                    .toList();
            String rating = ratings.getOrDefault(ms.id(), "");
            if (!rating.isEmpty() || !mine.isEmpty()) {
                entries.add(new MeasureEntry(ms, rating, mine));
            }
        }
        List<FollowedEntry> followed = recs.stream()
                .filter(r -> r.history().followedIn(fy)
                        && publishedYears.contains(r.fiscalYear())
                        && byId.containsKey(r.measureId()))
                .map(r -> new FollowedEntry(
                        byId.get(r.measureId()),
                        r,
                        StaffReader.year(r.fiscalYear()).label()))
                .toList();
        model.addAttribute("municipality", m);
        model.addAttribute("fy", fy);
        model.addAttribute("yearLabel", year.label());
        model.addAttribute("committee", committee);
        model.addAttribute(
                "members",
                committees.members(m.code(), fy).stream().map(PublicMember::of).toList());
        model.addAttribute("meetings", committees.meetings(m.code(), fy));
        model.addAttribute("entries", entries);
        model.addAttribute("followed", followed);
        model.addAttribute(
                "otherYears",
                committees.publishedYears(m.code()).stream()
                        .filter(y -> y != fy)
                        .map(y -> Map.entry(y, StaffReader.year(y).label()))
                        .toList());
        return "site/committee";
    }

    @GetMapping(PAGE + "/meetings/{id}/minutes.pdf")
    ResponseEntity<byte[]> minutes(@PathVariable String code, @PathVariable int fy, @PathVariable long id) {
        MunicipalityView m = municipalities.get(code);
        committees
                .published(m.code(), fy)
                .orElseThrow(() -> new NotFoundException(Messages.get("committee.public.notPublished")));
        MinutesFile pdf = committees
                .minutesPdf(m.code(), fy, id)
                .orElseThrow(() -> new NotFoundException(Messages.get("committee.meeting.noPdf")));
        return Downloads.inline(pdf.filename(), MediaType.APPLICATION_PDF).body(pdf.content());
    }
}
