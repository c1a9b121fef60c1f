package org.coproduce.panel.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PanelDraws extends JpaRepository<PanelDraw, Long> {

  Optional<PanelDraw> findFirstByPanelIdOrderByDrawNumberDesc(Long panelId);
}
