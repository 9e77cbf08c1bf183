package com.wuyebot.bot.resident;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ResidentHouseRepository extends JpaRepository<ResidentHouse, Long> {

  List<ResidentHouse> findByAppIdAndOpenIdOrderById(String appId, String openId);
}
