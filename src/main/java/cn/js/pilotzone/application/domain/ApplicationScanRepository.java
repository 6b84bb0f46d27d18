package cn.js.pilotzone.application.domain;

import java.util.List;

import org.springframework.data.repository.Repository;

public interface ApplicationScanRepository extends Repository<ApplicationScan, Long> {

    ApplicationScan save(ApplicationScan scan);

    List<ApplicationScan> findByVersionIdOrderByUploadedAtDesc(long versionId);
}
