package jp.hoshin.municipality;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MunicipalityRepository extends JpaRepository<Municipality, Long> {

    Optional<Municipality> findByCode(String code);

    boolean existsByCode(String code);

    List<Municipality> findAllByOrderByCode();

    List<Municipality> findAllByOrderByCode(Limit limit);

    /** Prefecture, number of municipalities, lowest code (for the order of the prefectures). */
    @Query("select m.prefecture, count(m), min(m.code) from Municipality m group by m.prefecture order by min(m.code)")
    List<Object[]> countByPrefecture();

    List<Municipality> findByPrefectureOrderByCode(String prefecture);

    /** By name or reading: {@code pattern} a LIKE pattern escaped with a backslash, {@code reading} the same in hiragana. */
    @Query("select m from Municipality m where m.name like :pattern escape '\\' or m.nameKana like :pattern escape '\\'"
            + " or m.nameKana like :reading escape '\\' order by m.code")
    List<Municipality> findNamed(String pattern, String reading, Limit limit);
}
