package jp.hoshin.publiccomment.archive;

import java.util.List;

import jp.hoshin.shared.Messages;

/** Where the archive workbook holds what: sheet names, the rows of the consultation sheet, the item columns. */
final class ArchiveWorkbookFormat {

    private ArchiveWorkbookFormat() {}

    static String consultationSheet() {
        return Messages.get("comment.archive.sheet.consultation");
    }

    static String submittersSheet() {
        return Messages.get("comment.archive.sheet.submitters");
    }

    static String itemsSheet() {
        return Messages.get("comment.archive.sheet.items");
    }

    static String reflectionsSheet() {
        return Messages.get("comment.archive.sheet.reflections");
    }

    /** The consultation sheet: label in column A, value in column B, from the third row. */
    static final int FIRST_FIELD_ROW = 2;

    static final int TITLE = 0;
    static final int DEPARTMENT = 1;
    static final int PLAN = 2;
    static final int SUMMARY = 3;
    static final int STARTS_ON = 4;
    static final int DEADLINE = 5;
    static final int SHORT_REASON = 6;
    static final int PUBLISHED_ON = 7;
    static final int ELIGIBILITY = 8;
    static final int CHANGES = 9;

    static List<String> fieldLabels() {
        return List.of(
                Messages.get("comment.archive.field.title"),
                Messages.get("comment.archive.field.department"),
                Messages.get("comment.archive.field.plan"),
                Messages.get("comment.archive.field.summary"),
                Messages.get("comment.archive.field.startsOn"),
                Messages.get("comment.archive.field.deadline"),
                Messages.get("comment.archive.field.shortReason"),
                Messages.get("comment.archive.field.publishedOn"),
                Messages.get("comment.archive.field.eligibility"),
                Messages.get("comment.archive.field.changes"));
    }

    /** The item columns (heading row 1, items from row 2). */
    static final int NUMBER = 0;

    static final int TOPIC = 1;
    static final int TEXT = 2;
    static final int VIEW = 3;
    static final int REFLECTION = 4;
    static final int CHANGE = 5;
    static final int SHARES = 6;
    static final int CHANNEL = 7;

    static List<String> itemHeadings() {
        return List.of(
                Messages.get("comment.archive.column.number"),
                Messages.get("comment.archive.column.topic"),
                Messages.get("comment.archive.column.text"),
                Messages.get("comment.archive.column.view"),
                Messages.get("comment.archive.column.reflection"),
                Messages.get("comment.archive.column.change"),
                Messages.get("comment.archive.column.shares"),
                Messages.get("comment.archive.column.channel"));
    }

    /** At most this many items (a city's largest results list a few thousand). */
    static final int MAX_ITEMS = 5000;

    static final int MAX_SUBMITTERS = 1_000_000;
}
