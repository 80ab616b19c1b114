package jp.hoshin.committee.web;

/** A meeting as typed (the minutes PDF comes as a separate file part). */
public class MeetingForm {

    private String number = "";
    private String heldOn = "";
    private String agenda = "";
    private String minutes = "";
    private boolean removePdf = false;
    private long version = 0;

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(String heldOn) {
        this.heldOn = heldOn;
    }

    public String getAgenda() {
        return agenda;
    }

    public void setAgenda(String agenda) {
        this.agenda = agenda;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public boolean isRemovePdf() {
        return removePdf;
    }

    public void setRemovePdf(boolean removePdf) {
        this.removePdf = removePdf;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
