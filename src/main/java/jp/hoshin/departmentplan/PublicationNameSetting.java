package jp.hoshin.departmentplan;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

/** A municipality's names of its publications (a row of {@code plan_publication_names}). */
@Entity
@Audited
@Table(name = "plan_publication_names")
class PublicationNameSetting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String municipalityCode;

    private String plansName;

    private String resultsName;

    @Version
    private long version;

    protected PublicationNameSetting() {}

    PublicationNameSetting(String municipalityCode, PublicationNames names) {
        this.municipalityCode = municipalityCode;
        rename(names);
    }

    void rename(PublicationNames names) {
        this.plansName = names.plans();
        this.resultsName = names.results();
    }

    PublicationNames names() {
        return new PublicationNames(plansName, resultsName);
    }

    long version() {
        return version;
    }
}
