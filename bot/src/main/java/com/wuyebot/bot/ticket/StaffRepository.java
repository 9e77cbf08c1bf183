package com.wuyebot.bot.ticket;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StaffRepository extends JpaRepository<Staff, Long> {

  List<Staff> findAllByOrderById();

  List<Staff> findByTeamIdOrderById(Long teamId);

  List<Staff> findByTeamIdAndActiveTrueOrderById(Long teamId);

  Optional<Staff> findByBindingCode(String bindingCode);

  Optional<Staff> findByAppIdAndOpenId(String appId, String openId);

  boolean existsByBindingCode(String bindingCode);
}
