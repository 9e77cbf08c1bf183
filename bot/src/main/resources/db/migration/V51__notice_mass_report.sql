-- MASSSENDJOBFINISH reports (issue 8): one row per mass send job, keyed by the job's msg_id as the deliveries it
-- sent carry it in notice_delivery.wechat_msg_id, so a report and its job meet in either order and a retried push
-- changes nothing. Kept, unlike template reports: they are the only word on what became of a mass notice.
-- status: SUCCESS, FAILED, REVIEW_FAILED_<code> (err(code)), UNKNOWN; the counts as WeChat sent them.
CREATE TABLE notice_mass_report (
    app_id       VARCHAR(64) NOT NULL,
    msg_id       BIGINT      NOT NULL,
    status       VARCHAR(32) NOT NULL,
    total_count  INTEGER     NOT NULL,
    filter_count INTEGER     NOT NULL,
    sent_count   INTEGER     NOT NULL,
    error_count  INTEGER     NOT NULL,
    received_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (app_id, msg_id)
);
