package jp.hoshin.committee;

import jp.hoshin.shared.Messages;

/** 対応状況 — the follow-up state of a 提言 recorded in a later year; 対応済 and 対応しない close it. */
public enum FollowUpState {
    DONE(true),
    IN_PROGRESS(false),
    NOT_STARTED(false),
    DECLINED(true);

    private final boolean closes;

    FollowUpState(boolean closes) {
        this.closes = closes;
    }

    public boolean closes() {
        return closes;
    }

    public String label() {
        return switch (this) {
            case DONE -> Messages.get("committee.state.DONE");
            case IN_PROGRESS -> Messages.get("committee.state.IN_PROGRESS");
            case NOT_STARTED -> Messages.get("committee.state.NOT_STARTED");
            case DECLINED -> Messages.get("committee.state.DECLINED");
        };
    }
}
