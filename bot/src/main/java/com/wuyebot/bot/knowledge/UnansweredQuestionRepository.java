package com.wuyebot.bot.knowledge;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface UnansweredQuestionRepository extends JpaRepository<UnansweredQuestion, Long> {

  List<UnansweredQuestion> findByAskedAtAfterOrderByIdDesc(Instant since, Pageable page);

  List<UnansweredQuestion> findByCommunityAndAskedAtAfterOrderByIdDesc(String community, Instant since, Pageable page);
}
