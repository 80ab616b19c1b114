package jp.hoshin.committee;

import java.time.LocalDate;

/** A meeting as the planning section enters it: 第{@code number}回, the date, the agenda, minutes as text (may be empty). */
public record MeetingDraft(int number, LocalDate heldOn, String agenda, String minutes) {}
