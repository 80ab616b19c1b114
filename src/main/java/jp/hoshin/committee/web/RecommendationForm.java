package jp.hoshin.committee.web;

/** A 提言 and the city's 対応方針 as typed. */
public class RecommendationForm {

    private String text = "";
    private String answer = "";
    private long version = 0;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
