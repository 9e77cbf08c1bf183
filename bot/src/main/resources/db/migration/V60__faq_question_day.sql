-- Questions residents asked per day and decision (ANSWER, SUGGEST, NONE): the denominator of the
-- FAQ auto-answer rate, which unanswered_question alone (non-answers only) cannot give.
CREATE TABLE faq_question_day (
    asked_on  DATE        NOT NULL,
    decision  VARCHAR(16) NOT NULL,
    asked     BIGINT      NOT NULL,
    PRIMARY KEY (asked_on, decision)
);
