package cn.js.pilotzone.panel.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface RatingSheetRepository extends Repository<RatingSheet, Long> {

    RatingSheet save(RatingSheet sheet);

    Optional<RatingSheet> findByPanelIdAndAccountId(long panelId, long accountId);

    List<RatingSheet> findByPanelId(long panelId);
}
