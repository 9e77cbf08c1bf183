package com.wuyebot.bot.resident;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ResidentRepository extends JpaRepository<Resident, Long> {

  Optional<Resident> findByAppIdAndOpenId(String appId, String openId);

  @Query("select r.openId from Resident r where r.appId = :appId and r.subscribed = true order by r.id")
  List<String> findFollowerOpenIds(String appId);
}
