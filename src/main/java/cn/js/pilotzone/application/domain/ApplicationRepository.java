package cn.js.pilotzone.application.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ApplicationRepository extends JpaRepository<Application, Long> {

    boolean existsByRoundIdAndParkOrganisationId(long roundId, long parkOrganisationId);

    Optional<Application> findByRoundIdAndParkOrganisationId(long roundId, long parkOrganisationId);

    Optional<Application> findByIdAndParkOrganisationId(long id, long parkOrganisationId);
}
