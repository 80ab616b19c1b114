package jp.hoshin.committee.web;

/** The committee's rating of a measure as chosen. */
public class RatingForm {

    private String rating = "";
    private long version = 0;

    public String getRating() {
        return rating;
    }

    public void setRating(String rating) {
        this.rating = rating;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
