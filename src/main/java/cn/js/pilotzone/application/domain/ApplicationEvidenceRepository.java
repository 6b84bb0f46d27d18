package cn.js.pilotzone.application.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface ApplicationEvidenceRepository extends Repository<ApplicationEvidence, Long> {

    ApplicationEvidence save(ApplicationEvidence evidence);

    void delete(ApplicationEvidence evidence);

    List<ApplicationEvidence> findByApplicationIdOrderById(long applicationId);

    Optional<ApplicationEvidence> findByIdAndApplicationId(long id, long applicationId);

    @Query("select coalesce(sum(e.sizeBytes), 0) from ApplicationEvidence e where e.applicationId = ?1")
    long totalBytes(long applicationId);
}
