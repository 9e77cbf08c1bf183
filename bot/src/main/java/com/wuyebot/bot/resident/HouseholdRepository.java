package com.wuyebot.bot.resident;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HouseholdRepository extends JpaRepository<Household, Long> {

  List<Household> findByCommunityAndBuildingAndUnitAndRoom(String community, String building, String unit, String room);

  Optional<Household> findByCommunityAndBuildingAndUnitAndRoomAndPhone(String community, String building, String unit,
      String room, String phone);

  Page<Household> findByCommunity(String community, Pageable pageable);

  List<Household> findByCommunityIn(Collection<String> communities);

  @Query("select distinct h.community from Household h order by h.community")
  List<String> communities();
}
