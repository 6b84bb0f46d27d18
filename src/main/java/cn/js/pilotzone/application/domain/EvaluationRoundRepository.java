package cn.js.pilotzone.application.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EvaluationRoundRepository extends JpaRepository<EvaluationRound, Long> {

    boolean existsByYear(int year);

    List<EvaluationRound> findAllByOrderByYearDesc();
}
