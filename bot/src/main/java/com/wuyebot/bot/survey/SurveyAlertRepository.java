package com.wuyebot.bot.survey;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyAlertRepository extends JpaRepository<SurveyAlert, Long> {

  Optional<SurveyAlert> findBySurveyId(long surveyId);

  List<SurveyAlert> findByHandledAtIsNullOrderByCreatedAt();
}
