package com.wuyebot.bot.ticket;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TeamRepository extends JpaRepository<Team, Long> {

  List<Team> findAllByOrderById();

  List<Team> findByActiveTrueOrderById();
}
