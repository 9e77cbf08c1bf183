package com.wuyebot.bot.ticket;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StaffRepository extends JpaRepository<Staff, Long> {

  List<Staff> findAllByOrderById();

  List<Staff> findByTeamIdOrderById(Long teamId);

  List<Staff> findByTeamIdAndActiveTrueOrderById(Long teamId);
}
