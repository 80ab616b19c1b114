package jp.hoshin.committee.web;

/** The follow-up state of a 提言 in the page's year as chosen; version -1 while the year has no entry. */
public class FollowUpForm {

    private String state = "";
    private String note = "";
    private long version = -1;

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
