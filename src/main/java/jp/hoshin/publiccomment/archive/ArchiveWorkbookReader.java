package jp.hoshin.publiccomment.archive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.hoshin.publiccomment.ArchivedConsultation;
import jp.hoshin.publiccomment.ConsultationContent;
import jp.hoshin.publiccomment.ConsultationPeriod;
import jp.hoshin.publiccomment.OpinionChannel;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.exchange.CellValue;
import jp.hoshin.shared.exchange.ExchangeProblem;
import jp.hoshin.shared.exchange.Problems;
import jp.hoshin.shared.exchange.RowReader;
import jp.hoshin.shared.exchange.Spreadsheets;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.jspecify.annotations.Nullable;

import static jp.hoshin.publiccomment.archive.ArchiveWorkbookFormat.*;

/**
 * Reads an archive workbook, checking all of it before anything is used: every problem is collected with its sheet, row
 * and column and a Japanese message. Accepts what people type in Excel (full-width digits, 和暦 and western dates, date
 * cells); formula cells are refused. One reader reads one workbook.
 */
public final class ArchiveWorkbookReader {

    /** The consultation when the workbook has no problem, else the problems. */
    public record Reading(@Nullable ArchivedConsultation consultation, List<ExchangeProblem> problems) {}

    /** A department the workbook may name, by code or by name. */
    public record Department(String code, String name) {}

    private final Problems problems = new Problems();
    private final Set<String> reflections;
    private final List<Department> departments;

    public ArchiveWorkbookReader(Set<String> reflections, List<Department> departments) {
        this.reflections = Set.copyOf(reflections);
        this.departments = List.copyOf(departments);
    }

    public Reading read(byte[] bytes) {
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            magic = FileMagic.UNKNOWN;
        }
        if (magic != FileMagic.OOXML) {
            problems.ofFile(Messages.get("comment.archive.notXlsx"));
            return new Reading(null, problems.list());
        }
        Optional<Workbook> opened = Spreadsheets.open(bytes, problems, Messages.get("comment.archive.unreadable"));
        if (opened.isEmpty()) {
            return new Reading(null, problems.list());
        }
        try (Workbook workbook = opened.get()) {
            ArchivedConsultation a = read(workbook);
            return problems.isEmpty() && a != null ? new Reading(a, List.of()) : new Reading(null, problems.list());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private @Nullable Sheet sheet(Workbook workbook, String name) {
        Sheet sheet = workbook.getSheet(name);
        if (sheet == null) {
            problems.ofFile(Messages.get("comment.archive.sheetMissing", name));
        }
        return sheet;
    }

    private static String where(String sheet) {
        return Messages.get("exchange.where.sheet", sheet);
    }

    private @Nullable ArchivedConsultation read(Workbook workbook) {
        Sheet c = sheet(workbook, consultationSheet());
        Sheet s = sheet(workbook, submittersSheet());
        Sheet items = sheet(workbook, itemsSheet());
        if (c == null || s == null || items == null) {
            return null;
        }
        String at = where(consultationSheet());
        RowReader[] f = new RowReader[fieldLabels().size()];
        for (int i = 0; i < f.length; i++) {
            int r = FIRST_FIELD_ROW + i;
            f[i] = RowReader.of(problems, at, c.getRow(r), r + 1, CellValue.Formulas.REFUSE);
            if (!JapaneseText.text(f[i].text(0)).equals(fieldLabels().get(i))) {
                f[i].problem(
                        0,
                        Messages.get("comment.archive.labelMoved", fieldLabels().get(i)));
            }
        }
        String title = f[TITLE].requiredText(1, fieldLabels().get(TITLE), 200);
        String department = department(f[DEPARTMENT]);
        String plan = f[PLAN].requiredText(1, fieldLabels().get(PLAN), 200);
        String summary = f[SUMMARY].optionalText(1, fieldLabels().get(SUMMARY), 4000);
        LocalDate start = f[STARTS_ON].date(1, fieldLabels().get(STARTS_ON));
        LocalDate end = f[DEADLINE].date(1, fieldLabels().get(DEADLINE));
        String reason = f[SHORT_REASON].optionalText(1, fieldLabels().get(SHORT_REASON), 1000);
        LocalDate published = f[PUBLISHED_ON].date(1, fieldLabels().get(PUBLISHED_ON));
        String eligibility =
                f[ELIGIBILITY].optionalText(1, fieldLabels().get(ELIGIBILITY), ConsultationContent.MAX_ELIGIBILITY);
        String changes = f[CHANGES].optionalText(1, fieldLabels().get(CHANGES), 4000);
        for (int i : new int[] {STARTS_ON, DEADLINE, PUBLISHED_ON}) {
            if (f[i].isEmpty(1)) {
                f[i].problem(1, Messages.get("exchange.required", fieldLabels().get(i)));
            }
        }
        ConsultationPeriod period = null;
        if (start != null && end != null) {
            try {
                period = new ConsultationPeriod(start, end, reason);
            } catch (BusinessRuleException e) {
                f[end.isBefore(start) ? DEADLINE : SHORT_REASON].problem(1, e.getMessage());
            }
        }
        if (period != null && published != null && !published.isAfter(period.deadline())) {
            f[PUBLISHED_ON].problem(1, Messages.get("comment.archive.publishedBeforeEnd"));
        }
        Map<OpinionChannel, Integer> submitters = submitters(s);
        List<ArchivedConsultation.Item> list = items(items, submitters);
        if (!problems.isEmpty() || period == null || published == null) {
            return null;
        }
        return new ArchivedConsultation(
                department, plan, title, summary, period, published, eligibility, changes, submitters, list);
    }

    private String department(RowReader row) {
        String label = fieldLabels().get(DEPARTMENT);
        String given = JapaneseText.text(row.requiredText(1, label, 100));
        if (given.isEmpty()) {
            return "";
        }
        String folded = JapaneseText.fold(given);
        for (Department d : departments) {
            if (d.code().equals(folded) || d.name().equals(given)) {
                return d.code();
            }
        }
        row.problem(1, Messages.get("comment.archive.unknownDepartment", given));
        return "";
    }

    private Map<OpinionChannel, Integer> submitters(Sheet sheet) {
        String at = where(submittersSheet());
        Map<OpinionChannel, Integer> counts = new EnumMap<>(OpinionChannel.class);
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            RowReader row = RowReader.of(problems, at, sheet.getRow(r), r + 1, CellValue.Formulas.REFUSE);
            if (row.isEmpty(0) && row.isEmpty(1)) {
                continue;
            }
            OpinionChannel channel = row.choice(
                    0, Messages.get("comment.archive.column.channel"), ArchiveWorkbookReader::channel, null, true);
            Optional<Long> n = row.wholeNumber(1, Messages.get("comment.archive.column.submitters"), 0, MAX_SUBMITTERS);
            if (channel != null && n.isPresent()) {
                if (counts.containsKey(channel)) {
                    row.problem(0, Messages.get("comment.archive.channelTwice", channel.label()));
                } else {
                    counts.put(channel, n.get().intValue());
                }
            }
        }
        if (counts.values().stream().mapToInt(Integer::intValue).sum() == 0 && problems.isEmpty()) {
            problems.add(ExchangeProblem.ofSheet(at, Messages.get("comment.archive.noSubmitters")));
        }
        return counts;
    }

    static OpinionChannel channel(String label) {
        for (OpinionChannel c : OpinionChannel.values()) {
            if (c.label().equals(label) || c.name().equalsIgnoreCase(label)) {
                return c;
            }
        }
        throw new IllegalArgumentException(Messages.get(
                "comment.archive.channelChoice",
                String.join(
                        "、",
                        java.util.Arrays.stream(OpinionChannel.values())
                                .map(OpinionChannel::label)
                                .toList())));
    }

    private List<ArchivedConsultation.Item> items(Sheet sheet, Map<OpinionChannel, Integer> submitters) {
        String at = where(itemsSheet());
        List<String> headings = itemHeadings();
        RowReader head = RowReader.of(problems, at, sheet.getRow(0), 1, CellValue.Formulas.REFUSE);
        for (int i = 0; i < headings.size(); i++) {
            if (!JapaneseText.text(head.text(i)).equals(headings.get(i))) {
                head.problem(i, Messages.get("comment.archive.headingMoved", headings.get(i)));
            }
        }
        List<OpinionChannel> withSubmitters = submitters.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(Map.Entry::getKey)
                .toList();
        List<ArchivedConsultation.Item> list = new ArrayList<>();
        Map<Integer, Integer> rowOfNumber = new HashMap<>();
        List<String> topicOrder = new ArrayList<>();
        Set<String> closedTopics = new HashSet<>();
        String previousTopic = null;
        List<RowReader> rows = new ArrayList<>();
        List<RowReader> itemRows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            RowReader row = RowReader.of(problems, at, sheet.getRow(r), r + 1, CellValue.Formulas.REFUSE);
            boolean empty = true;
            for (int c = 0; c < headings.size() && empty; c++) {
                empty = row.isEmpty(c);
            }
            if (empty) {
                continue;
            }
            if (list.size() + rows.size() >= MAX_ITEMS) {
                row.problem(-1, Messages.get("comment.archive.tooManyItems", MAX_ITEMS));
                break;
            }
            Optional<Long> number = row.wholeNumber(NUMBER, headings.get(NUMBER), 1, MAX_ITEMS);
            if (row.isEmpty(NUMBER)) {
                row.problem(NUMBER, Messages.get("exchange.required", headings.get(NUMBER)));
            }
            String topic = row.optionalText(TOPIC, headings.get(TOPIC), 100);
            String text = row.requiredText(TEXT, headings.get(TEXT), 4000);
            String view = row.optionalText(VIEW, headings.get(VIEW), 4000);
            String reflection = row.optionalText(REFLECTION, headings.get(REFLECTION), 50);
            String change = row.optionalText(CHANGE, headings.get(CHANGE), 2000);
            Optional<Long> shares = row.wholeNumber(SHARES, headings.get(SHARES), 1, MAX_ITEMS);
            OpinionChannel channel =
                    row.choice(CHANNEL, headings.get(CHANNEL), ArchiveWorkbookReader::channel, null, false);
            if (channel == null && row.isEmpty(CHANNEL)) {
                if (withSubmitters.size() == 1) {
                    channel = withSubmitters.getFirst();
                } else if (withSubmitters.size() > 1) {
                    row.problem(CHANNEL, Messages.get("comment.archive.channelRequired"));
                }
            } else if (channel != null && !withSubmitters.contains(channel)) {
                row.problem(CHANNEL, Messages.get("comment.archive.channelNoSubmitters", channel.label()));
            }
            if (reflection != null && !reflections.contains(reflection)) {
                row.problem(REFLECTION, Messages.get("comment.item.unknownReflection", reflection));
            }
            if (shares.isEmpty() && row.isEmpty(SHARES) && (view == null || reflection == null)) {
                row.problem(view == null ? VIEW : REFLECTION, Messages.get("comment.archive.answerRequired"));
            }
            if (shares.isPresent() && (view != null || reflection != null || change != null)) {
                row.problem(SHARES, Messages.get("comment.archive.sharedWithOwn"));
            }
            // items of one 論点 stand together, as the results list them
            if (!java.util.Objects.equals(topic, previousTopic)) {
                if (previousTopic != null) {
                    closedTopics.add(previousTopic);
                }
                if (topic != null && closedTopics.contains(topic)) {
                    row.problem(TOPIC, Messages.get("comment.archive.topicApart", topic));
                }
                previousTopic = topic;
            }
            if (topic != null && !topicOrder.contains(topic)) {
                topicOrder.add(topic);
            }
            if (number.isPresent()) {
                int n = number.get().intValue();
                Integer earlier = rowOfNumber.putIfAbsent(n, row.rowNumber());
                if (earlier != null) {
                    row.problem(NUMBER, Messages.get("comment.archive.numberTwice", n, earlier));
                } else if (n != rowOfNumber.size()) {
                    row.problem(NUMBER, Messages.get("comment.archive.numberOrder", rowOfNumber.size()));
                }
                if (channel != null && !text.isEmpty()) {
                    list.add(new ArchivedConsultation.Item(
                            n,
                            topic,
                            text,
                            view,
                            reflection,
                            change,
                            shares.map(Long::intValue).orElse(null),
                            channel));
                    itemRows.add(row);
                }
            }
            rows.add(row);
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(ExchangeProblem.ofSheet(at, Messages.get("comment.archive.noItems")));
        }
        // a shared answer names an item of the list that has its own answer
        Map<Integer, ArchivedConsultation.Item> byNumber = new HashMap<>();
        list.forEach(i -> byNumber.put(i.number(), i));
        for (int k = 0; k < list.size(); k++) {
            ArchivedConsultation.Item i = list.get(k);
            if (i.sharesAnswerOf() != null) {
                ArchivedConsultation.Item shared = byNumber.get(i.sharesAnswerOf());
                if (shared == null || shared.sharesAnswerOf() != null || shared.number() == i.number()) {
                    itemRows.get(k).problem(SHARES, Messages.get("comment.archive.sharedMissing", i.sharesAnswerOf()));
                }
            }
        }
        return list;
    }
}
