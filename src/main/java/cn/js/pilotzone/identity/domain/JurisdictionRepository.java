package cn.js.pilotzone.identity.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Read-only: reference data changes only through migrations. */
public interface JurisdictionRepository extends Repository<Jurisdiction, String> {

    List<Jurisdiction> findAllByOrderBySortOrder();

    Optional<Jurisdiction> findById(String code);
}
