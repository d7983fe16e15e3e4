package org.cadre.people.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduling, for the nightly job that lets moves dated in the future take effect ({@link TodaysUnits}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PeopleConfiguration {
}
