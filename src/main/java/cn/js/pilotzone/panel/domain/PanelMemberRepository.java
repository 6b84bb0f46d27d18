package cn.js.pilotzone.panel.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface PanelMemberRepository extends Repository<PanelMember, Long> {

    PanelMember save(PanelMember member);

    List<PanelMember> findByPanelIdOrderById(long panelId);

    List<PanelMember> findByAccountIdOrderByIdDesc(long accountId);

    Optional<PanelMember> findByPanelIdAndAccountId(long panelId, long accountId);
}
