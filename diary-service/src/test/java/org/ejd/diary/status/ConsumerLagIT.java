package org.ejd.diary.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.management.MBeanServer;
import javax.management.ObjectName;

import org.ejd.diary.DiaryIT;
import org.ejd.testkit.Eventually;
import org.junit.jupiter.api.Test;

/**
 * The status asks Kafka for the consumers' lag through one admin client for the service's life (issue 13): one per
 * check (every half second in these tests) cost a connection, a metadata round and a network thread each time.
 */
class ConsumerLagIT extends DiaryIT {

	private static final MBeanServer BEANS = ManagementFactory.getPlatformMBeanServer();

	@Test
	void everyStatusCheckAsksThroughTheSameAdminClient() throws Exception {
		ObjectName name = new ObjectName("kafka.admin.client:type=app-info,id=" + ConsumerLag.CLIENT_ID);
		Eventually.until(() -> BEANS.isRegistered(name), registered -> registered, Duration.ofSeconds(20));
		Object started = BEANS.getAttribute(name, "StartTimeMs");

		List<Object> seen = new ArrayList<>();
		for (int i = 0; i < 8; i++) { // four checks' time: a client per check would have come and gone
			Thread.sleep(250);
			seen.add(BEANS.isRegistered(name) ? BEANS.getAttribute(name, "StartTimeMs") : "closed");
		}
		assertThat(seen).as("the client's start time at each look").containsOnly(started);
	}
}
