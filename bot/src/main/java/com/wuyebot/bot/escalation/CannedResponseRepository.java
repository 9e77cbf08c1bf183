package com.wuyebot.bot.escalation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CannedResponseRepository extends JpaRepository<CannedResponse, Long> {

  List<CannedResponse> findAllByOrderByTitle();

  boolean existsByTitle(String title);
}
