package com.wuyebot.bot.notice;

import java.util.Map;

/**
 * What WeChat reported of a mass notice's send jobs (MASSSENDJOBFINISH), summed over the jobs that reported.
 * WeChat counts followers per job, not which follower got it, so these stand beside the delivery records.
 *
 * @param jobs          mass send jobs WeChat accepted for the notice (one per claimed batch of deliveries)
 * @param reported      of those, the jobs whose report arrived
 * @param total         followers the reported jobs were for (TotalCount)
 * @param filtered      of those, left to send to after WeChat's filters, e.g. past four mass messages this month
 *                      (FilterCount)
 * @param sent          sent successfully (SentCount)
 * @param errors        failed (ErrorCount)
 * @param jobsByOutcome reported jobs by outcome: SUCCESS, FAILED, REVIEW_FAILED_&lt;code&gt;, UNKNOWN
 */
public record MassJobs(long jobs, long reported, long total, long filtered, long sent, long errors,
    Map<String, Long> jobsByOutcome) {
}
