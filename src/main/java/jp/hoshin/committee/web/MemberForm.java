package jp.hoshin.committee.web;

/** A committee member as typed. */
public class MemberForm {

    private String name = "";
    private String role = "";
    private String affiliation = "";
    private boolean namePublished = false;
    private long version = 0;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getAffiliation() {
        return affiliation;
    }

    public void setAffiliation(String affiliation) {
        this.affiliation = affiliation;
    }

    public boolean isNamePublished() {
        return namePublished;
    }

    public void setNamePublished(boolean namePublished) {
        this.namePublished = namePublished;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
