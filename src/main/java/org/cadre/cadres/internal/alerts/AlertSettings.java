package org.cadre.cadres.internal.alerts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the work queue under {@code cadre.alerts.*} (environment: CADRE_ALERTS_ROTATION_YEARS, …).
 *
 * @param retirementAgeMen       the retirement age of men cadres (法定退休年龄)
 * @param retirementAgeWomen     the retirement age of women cadres (55 for women cadres, 60 where that is the rule)
 * @param retirementNoticeMonths how long before the retirement date it enters the queue
 * @param rotationYears          years in the same key post after which rotation (轮岗) is due
 * @param rotationNoticeDays     how long before that it enters the queue
 * @param notifyCron             when the daily notifications are sent (Asia/Shanghai); "-" turns them off
 */
@ConfigurationProperties("cadre.alerts")
record AlertSettings(@DefaultValue("60") int retirementAgeMen, @DefaultValue("55") int retirementAgeWomen,
                     @DefaultValue("6") int retirementNoticeMonths, @DefaultValue("5") int rotationYears,
                     @DefaultValue("90") int rotationNoticeDays, @DefaultValue("0 0 7 * * *") String notifyCron) {
}
