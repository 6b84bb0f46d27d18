package cn.js.pilotzone.panel.domain;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface PanelRepository extends Repository<Panel, Long> {

    Panel save(Panel panel);

    Optional<Panel> findById(long id);

    Optional<Panel> findByApplicationId(long applicationId);

    boolean existsByApplicationId(long applicationId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Panel p where p.id = ?1")
    Optional<Panel> findForUpdate(long id);

    List<Panel> findAll();
}
