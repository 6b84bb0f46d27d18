package cn.js.pilotzone.application.domain;

import java.util.Collection;
import cn.js.pilotzone.application.ApplicationStatus;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ApplicationRepository extends JpaRepository<Application, Long> {

    boolean existsByRoundIdAndParkOrganisationId(long roundId, long parkOrganisationId);

    Optional<Application> findByRoundIdAndParkOrganisationId(long roundId, long parkOrganisationId);

    Page<Application> findByParkOrganisationIdInAndVersionsSubmittedGreaterThan(Collection<Long> parks, int versions,
            Pageable pageable);

    Page<Application> findByParkOrganisationIdInAndStatus(Collection<Long> parks, ApplicationStatus status,
            Pageable pageable);

    java.util.List<Application> findByParkOrganisationIdInAndStatusIn(Collection<Long> parks,
            Collection<ApplicationStatus> statuses);

    java.util.List<Application> findByStatusInOrderBySubmittedAt(Collection<ApplicationStatus> statuses);

    long countByRoundIdAndStatusInAndParkOrganisationIdIn(long roundId, Collection<ApplicationStatus> statuses,
            Collection<Long> parks);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Application a where a.id = ?1")
    Optional<Application> findForUpdate(long id);
}
