package jp.hoshin.fiscalyear;

import java.util.Optional;

import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.shared.NotFoundException;
import jp.hoshin.shared.ThreadStatements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A year's page asks for its year first: the year and its municipality (with the municipality's branding) are read in
 * one statement, and the page's later lookups of either cost none. What is read is what the repositories read.
 */
@SpringBootTest
class YearWithMunicipalityReadTest {

    @Autowired
    FiscalYears fiscalYears;

    @Autowired
    Municipalities municipalities;

    @Autowired
    PlatformTransactionManager transactions;

    /** A page's read scope, as ReadOnlyPages begins it. */
    private TransactionTemplate page() {
        TransactionTemplate page = new TransactionTemplate(transactions);
        page.setPropagationBehavior(TransactionDefinition.PROPAGATION_SUPPORTS);
        page.setReadOnly(true);
        return page;
    }

    /** The municipality and the year as a writing transaction reads them: through the repositories. */
    private YearAndMunicipality throughRepositories(String code, int year) {
        return new TransactionTemplate(transactions)
                .execute(status -> new YearAndMunicipality(
                        fiscalYears.find(code, year), municipalities.find(code).orElseThrow()));
    }

    record YearAndMunicipality(Optional<FiscalYearView> year, MunicipalityView municipality) {}

    @Test
    void theYearAndItsMunicipalityAreOneStatementAndReadAsTheRepositoriesReadThem() throws Exception {
        var read = ThreadStatements.during(() -> page().execute(status -> {
            FiscalYearView year = fiscalYears.get("990001", 2024);
            MunicipalityView m = municipalities.get("990001");
            // asked again, as the services behind a page ask, with the municipality's own code
            assertThat(fiscalYears.get(m.code(), 2024)).isSameAs(year);
            return new YearAndMunicipality(Optional.of(year), m);
        }));
        assertThat(read.statements()).as("statements: %s", read.statements()).hasSize(1);
        assertThat(read.result()).isEqualTo(throughRepositories("990001", 2024));
        assertThat(read.result().year().orElseThrow().municipalityCode()).isEqualTo("990001");
    }

    @Test
    void aPageThatHasItsMunicipalityAlreadyReadsTheYearAlone() throws Exception {
        var read = ThreadStatements.during(() -> page().execute(status -> {
            MunicipalityView m = municipalities.get("990001");
            return new YearAndMunicipality(Optional.of(fiscalYears.get("990001", 2024)), m);
        }));
        assertThat(read.statements()).as("statements: %s", read.statements()).hasSize(2);
        assertThat(read.statements().get(1)).contains("from fiscal_year").doesNotContain("municipality m");
        assertThat(read.result()).isEqualTo(throughRepositories("990001", 2024));
    }

    @Test
    void aFullWidthCodeReadsTheSameYear() {
        FiscalYearView year = page().execute(status -> fiscalYears.get("９９０００１", 2024));
        assertThat(year).isEqualTo(throughRepositories("990001", 2024).year().orElseThrow());
    }

    @Test
    void aYearNotOpenedIsNotFoundAndTheMunicipalityIsStillRememberedForThePage() throws Exception {
        var read = ThreadStatements.during(() -> page().execute(status -> {
            assertThat(fiscalYears.find("990001", 1999)).isEmpty();
            assertThatThrownBy(() -> fiscalYears.get("990001", 1999))
                    .isInstanceOf(NotFoundException.class)
                    .hasMessageContaining("サンプル市");
            return municipalities.get("990001");
        }));
        assertThat(read.statements()).as("statements: %s", read.statements()).hasSize(1);
        assertThat(read.result()).isEqualTo(throughRepositories("990001", 2024).municipality());
    }

    @Test
    void aMunicipalityNotRegisteredIsNotFoundWithItsOwnMessage() throws Exception {
        var read = ThreadStatements.during(() -> page().execute(status -> {
            assertThat(fiscalYears.find("479998", 2024)).isEmpty();
            assertThat(municipalities.find("479998")).isEmpty();
            assertThatThrownBy(() -> fiscalYears.get("479998", 2024))
                    .isInstanceOf(NotFoundException.class)
                    .hasMessageContaining("479998");
            return true;
        }));
        assertThat(read.statements()).as("statements: %s", read.statements()).hasSize(1);
    }

    @Test
    void theJoinedReadIsRefusedWhereSomethingUnflushedCouldBePending() {
        assertThatThrownBy(() -> new TransactionTemplate(transactions)
                        .execute(status -> municipalities.findWith(
                                "990001",
                                new Municipalities.JoinedRead<>(
                                        "1 as one", "", java.util.List.of(), (rs, n) -> Optional.of(1)))))
                .isInstanceOf(IllegalStateException.class);
    }
}
