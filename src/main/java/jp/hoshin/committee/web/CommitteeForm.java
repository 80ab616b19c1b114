package jp.hoshin.committee.web;

/** The committee's name as typed; the version is that of the committee being renamed (ignored while the year has none). */
public class CommitteeForm {

    private String name = "";
    private long version = -1;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
