package com.wuyebot.bot.ticket;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface IncidentRepository extends JpaRepository<Incident, Long> {

  List<Incident> findTop100ByOrderByIdDesc();

  List<Incident> findTop100ByStatusOrderByIdDesc(Incident.Status status);

  /** Two administrators resolving at once: the second waits and finds it resolved. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select i from Incident i where i.id = :id")
  Optional<Incident> findForUpdate(long id);
}
