package jp.hoshin.committee;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

/** The municipality's list of the committee's ratings (one label a line). */
@Entity(name = "CommitteeRatingSetting")
@Audited
@Table(name = "committee_rating_setting")
class RatingSetting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String municipalityCode;
    private String labels;

    @Version
    private long version;

    protected RatingSetting() {}

    RatingSetting(String municipalityCode) {
        this.municipalityCode = municipalityCode;
    }

    void change(List<String> list) {
        this.labels = String.join("\n", list);
    }

    List<String> labels() {
        return Arrays.asList(labels.split("\n"));
    }

    long version() {
        return version;
    }
}
