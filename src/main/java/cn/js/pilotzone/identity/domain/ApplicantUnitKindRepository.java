package cn.js.pilotzone.identity.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Read-only: reference data changes only through migrations. */
public interface ApplicantUnitKindRepository extends Repository<ApplicantUnitKind, String> {

    List<ApplicantUnitKind> findAllByOrderBySortOrder();

    Optional<ApplicantUnitKind> findById(String code);
}
