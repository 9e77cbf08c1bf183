-- The FAQ figures per community. The daily tally gets the asking resident's bound community ('' for
-- residents of no known community); a new table, since H2 and PostgreSQL change a primary key
-- differently. Counts before this migration carry no community and move over as ''.
CREATE TABLE faq_question_tally (
    asked_on  DATE         NOT NULL,
    community VARCHAR(100) NOT NULL,
    decision  VARCHAR(16)  NOT NULL,
    asked     BIGINT       NOT NULL,
    PRIMARY KEY (asked_on, community, decision)
);
INSERT INTO faq_question_tally (asked_on, community, decision, asked)
    SELECT asked_on, '', decision, asked FROM faq_question_day;
DROP TABLE faq_question_day;

-- NULL for residents of no known community and for questions asked before this migration.
ALTER TABLE unanswered_question ADD COLUMN community VARCHAR(100);
CREATE INDEX ix_unanswered_question_community ON unanswered_question (community, asked_at);
