package cn.js.pilotzone.application.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import cn.js.pilotzone.application.ApplicationStatus;
import cn.js.pilotzone.application.DossierKind;

public interface ApplicationRepository extends JpaRepository<Application, Long> {

    boolean existsByRoundIdAndParkOrganisationId(long roundId, long parkOrganisationId);

    Optional<Application> findByRoundIdAndParkOrganisationId(long roundId, long parkOrganisationId);

    Page<Application> findByParkOrganisationIdInAndVersionsSubmittedGreaterThan(Collection<Long> parks, int versions,
            Pageable pageable);

    Page<Application> findByParkOrganisationIdInAndStatusAndVersionsSubmittedGreaterThan(Collection<Long> parks,
            ApplicationStatus status, int versions, Pageable pageable);

    List<Application> findByParkOrganisationIdInAndStatusIn(Collection<Long> parks,
            Collection<ApplicationStatus> statuses);

    List<Application> findByStatusInOrderBySubmittedAt(Collection<ApplicationStatus> statuses);

    List<Application> findByParkOrganisationIdAndVersionsSubmittedGreaterThan(long park, int versions);

    List<Application> findByDesignationIdOrderByCreatedAt(long designationId);

    List<Application> findByKindInAndStatusIn(Collection<DossierKind> kinds, Collection<ApplicationStatus> statuses);

    boolean existsByDesignationIdAndKindAndReportYear(long designationId, DossierKind kind, int year);

    long countByRoundIdAndStatusInAndParkOrganisationIdIn(long roundId, Collection<ApplicationStatus> statuses,
            Collection<Long> parks);
}
