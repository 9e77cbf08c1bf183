package com.wuyebot.bot.resident;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ResidentRepository extends JpaRepository<Resident, Long> {

  Optional<Resident> findByAppIdAndOpenId(String appId, String openId);
}
