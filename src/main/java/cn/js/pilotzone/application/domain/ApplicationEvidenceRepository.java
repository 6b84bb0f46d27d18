package cn.js.pilotzone.application.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface ApplicationEvidenceRepository extends Repository<ApplicationEvidence, Long> {

    ApplicationEvidence save(ApplicationEvidence evidence);

    List<ApplicationEvidence> findByApplicationIdAndRemovedAtIsNullOrderById(long applicationId);

    Optional<ApplicationEvidence> findByIdAndApplicationIdAndRemovedAtIsNull(long id, long applicationId);

    /** Everything ever stored for the application, removed files included: their bytes are still kept. */
    @Query("select coalesce(sum(e.sizeBytes), 0) from ApplicationEvidence e where e.applicationId = ?1")
    long storedBytes(long applicationId);
}
