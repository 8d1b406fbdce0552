package org.ejd.diary.status;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the public status watches ({@code ejd.diary.status.*}, docs/adr/0038).
 *
 * @param services each service the diary's data comes from ({@code journal}, {@code identity}, {@code consent}) by the
 *        URL of its readiness probe on its management port, e.g. {@code http://journal-service:9090/actuator/health/readiness};
 *        a service left out is shown as {@code unknown}
 * @param checkEvery how often the dependencies are checked; requests read the last check and never wait on one
 * @param probeTimeout how long one check of a service, the broker or the database may take
 * @param staleAfter how long the diary may be behind its events (consumers lagging, broker unreachable) before its
 *        answers carry {@code Ejd-Data-Stale}
 */
@ConfigurationProperties("ejd.diary.status")
record StatusProperties(@DefaultValue Map<String, URI> services, @DefaultValue("5s") Duration checkEvery,
		@DefaultValue("2s") Duration probeTimeout, @DefaultValue("30s") Duration staleAfter) {
}
