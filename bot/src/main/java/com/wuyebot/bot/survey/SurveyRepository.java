package com.wuyebot.bot.survey;

import com.wuyebot.bot.messaging.Channel;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SurveyRepository extends JpaRepository<Survey, Long> {

  Optional<Survey> findByTicketNumber(String ticketNumber);

  /**
   * The resident's latest survey that their chat message may concern: asked in the chat and not
   * answered, or answered a moment ago and waiting for the comment.
   */
  @Query("""
      select s from Survey s where s.appId = :appId and s.openId = :openId
        and ((s.status = com.wuyebot.bot.survey.SurveyStatus.ASKED
              and (s.askedChannel is null or s.askedChannel = com.wuyebot.bot.messaging.Channel.CUSTOMER_SERVICE))
          or (s.status = com.wuyebot.bot.survey.SurveyStatus.ANSWERED and s.commentUntil > :now))
      order by s.id desc""")
  List<Survey> awaitingChat(String appId, String openId, Instant now, Limit limit);

  /**
   * How the question went out, once the messenger chose; a statement of its own (no version check),
   * since the resident may be answering at that very moment.
   */
  @Modifying
  @Query("update Survey s set s.askedChannel = :channel where s.id = :id and s.askedChannel is null")
  int askedBy(long id, Channel channel);

  @Query("select s from Survey s where s.resolvedAt >= :from and s.resolvedAt < :to")
  List<Survey> resolvedBetween(Instant from, Instant to);
}
