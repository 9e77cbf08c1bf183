package com.wuyebot.bot.knowledge;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FaqRecordRepository extends JpaRepository<FaqRecord, String> {

  List<FaqRecord> findByRevisionGreaterThanOrderByRevision(long revision);

  List<FaqRecord> findAllByOrderById();

  @Query(value = "SELECT nextval('faq_revision_seq')", nativeQuery = true)
  long nextRevision();
}
