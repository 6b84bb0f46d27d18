package cn.js.pilotzone.panel.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface ExpertProfileRepository extends Repository<ExpertProfile, Long> {

    ExpertProfile save(ExpertProfile profile);

    Optional<ExpertProfile> findById(long accountId);

    List<ExpertProfile> findAll();
}
