package com.wuyebot.bot.ticket;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface TicketRepository extends JpaRepository<Ticket, Long>, JpaSpecificationExecutor<Ticket> {

  Optional<Ticket> findByNumber(String number);

  Optional<Ticket> findByRequestKey(String requestKey);

  @Override
  @EntityGraph(attributePaths = {"team", "assignee"})
  Page<Ticket> findAll(Specification<Ticket> spec, Pageable pageable);

  @EntityGraph(attributePaths = {"team", "assignee"})
  List<Ticket> findTop20ByAppIdAndOpenIdOrderByCreatedAtDesc(String appId, String openId);

  List<Ticket> findByIncidentIdOrderById(Long incidentId);

  List<Ticket> findByCommunityAndCreatedAtAfterAndIncidentIdIsNull(String community, Instant after);

  /** Rows of (staff id, number of their tickets in the statuses). */
  @Query("select t.assignee.id, count(t) from Ticket t where t.assignee.id in :staffIds and t.status in :statuses group by t.assignee.id")
  List<Object[]> countByAssignee(Collection<Long> staffIds, Collection<TicketStatus> statuses);
}
