package cn.js.pilotzone.application.domain;

import java.util.Collection;
import cn.js.pilotzone.application.ApplicationStatus;
import java.util.Optional;


import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApplicationRepository extends JpaRepository<Application, Long> {

    boolean existsByRoundIdAndParkOrganisationId(long roundId, long parkOrganisationId);

    Optional<Application> findByRoundIdAndParkOrganisationId(long roundId, long parkOrganisationId);

    Page<Application> findByParkOrganisationIdInAndVersionsSubmittedGreaterThan(Collection<Long> parks, int versions,
            Pageable pageable);

    Page<Application> findByParkOrganisationIdInAndStatusAndVersionsSubmittedGreaterThan(Collection<Long> parks,
            ApplicationStatus status, int versions, Pageable pageable);

    java.util.List<Application> findByParkOrganisationIdInAndStatusIn(Collection<Long> parks,
            Collection<ApplicationStatus> statuses);

    java.util.List<Application> findByStatusInOrderBySubmittedAt(Collection<ApplicationStatus> statuses);

    long countByRoundIdAndStatusInAndParkOrganisationIdIn(long roundId, Collection<ApplicationStatus> statuses,
            Collection<Long> parks);

}
