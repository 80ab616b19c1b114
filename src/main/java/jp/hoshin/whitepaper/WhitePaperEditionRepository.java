package jp.hoshin.whitepaper;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface WhitePaperEditionRepository extends JpaRepository<WhitePaperEdition, Long> {

    List<WhitePaperEdition> findByWhitePaperIdOrderByNumber(long whitePaperId);
}
