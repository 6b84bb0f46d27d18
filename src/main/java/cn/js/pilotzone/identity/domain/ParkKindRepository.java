package cn.js.pilotzone.identity.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Read-only: reference data changes only through migrations. */
public interface ParkKindRepository extends Repository<ParkKind, String> {

    List<ParkKind> findAllByOrderBySortOrder();

    Optional<ParkKind> findById(String code);
}
