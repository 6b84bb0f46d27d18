package cn.js.pilotzone.application.domain;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ApplicationRepository extends JpaRepository<Application, Long> {

    boolean existsByRoundIdAndParkOrganisationId(long roundId, long parkOrganisationId);

    Optional<Application> findByRoundIdAndParkOrganisationId(long roundId, long parkOrganisationId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Application a where a.id = ?1")
    Optional<Application> findForUpdate(long id);
}
