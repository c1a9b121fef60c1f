package org.coproduce.panel.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Declarations extends JpaRepository<Declaration, Long> {

  List<Declaration> findByPanelIdOrderById(Long panelId);

  List<Declaration> findByPanelIdAndMemberUserIdOrderById(Long panelId, String memberUserId);
}
