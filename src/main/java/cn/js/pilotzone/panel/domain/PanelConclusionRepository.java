package cn.js.pilotzone.panel.domain;

import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface PanelConclusionRepository extends Repository<PanelConclusion, Long> {

    PanelConclusion save(PanelConclusion conclusion);

    Optional<PanelConclusion> findById(long panelId);

    boolean existsById(long panelId);
}
