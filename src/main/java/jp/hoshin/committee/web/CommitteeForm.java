package jp.hoshin.committee.web;

/** The committee's name as typed; the version is that of the committee being renamed (ignored while the year has none). */
public class CommitteeForm {

    private String committeeName = "";
    private long version = -1;

    public String getCommitteeName() {
        return committeeName;
    }

    public void setCommitteeName(String committeeName) {
        this.committeeName = committeeName;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
