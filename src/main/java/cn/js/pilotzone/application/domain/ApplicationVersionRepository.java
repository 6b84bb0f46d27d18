package cn.js.pilotzone.application.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface ApplicationVersionRepository extends Repository<ApplicationVersion, Long> {

    ApplicationVersion save(ApplicationVersion version);

    List<ApplicationVersion> findByApplicationIdOrderByNumberDesc(long applicationId);

    Optional<ApplicationVersion> findByApplicationIdAndNumber(long applicationId, int number);

    Optional<ApplicationVersion> findByDocumentCode(String documentCode);
}
