package com.wuyebot.bot.ticket;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RosterEntryRepository extends JpaRepository<RosterEntry, Long> {

  List<RosterEntry> findAllByOrderById();

  List<RosterEntry> findByStaffIdInOrderById(Collection<Long> staffIds);
}
