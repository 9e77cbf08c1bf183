package com.wuyebot.bot.knowledge;

import org.springframework.data.jpa.repository.JpaRepository;

interface UnansweredQuestionRepository extends JpaRepository<UnansweredQuestion, Long> {
}
