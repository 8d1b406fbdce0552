package org.ejd.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.ejd.testkit.Eventually;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The service's own pace, end to end (issue 11): a region's evening. Families of a far-east school with quiet hours
 * 21:00–08:00 get their marks at night; every email waits for the morning; at 08:00 the sender ({@code delivery.Sender},
 * its workers, the outbox of sends, consent and contact checks, rendering, the kept SMTP connection to the real
 * SMTP server) sends them all. It prints how fast the consumer decided and how fast the sender sent; nothing is
 * asserted on time. {@code DeliveryBenchmark} measures the channels alone. Not part of the suite (no {@code *IT}); run
 * with {@code ./mvnw -B -ntp -pl notification-service -am verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=SenderBenchmark -Dfailsafe.failIfNoSpecifiedTests=false}.
 */
@Tag("bench")
class SenderBenchmark extends NotificationIT {

	@org.springframework.beans.factory.annotation.Autowired
	NotificationProperties properties;

	static final int FAMILIES = 50;

	static final int MARKS_EACH = 40;

	/** 23:30 in Petropavlovsk-Kamchatsky (UTC+12): inside 21:00–08:00. */
	static final Instant NIGHT = Instant.parse("2026-12-01T11:30:00Z");

	static final Instant MORNING = Instant.parse("2026-12-01T20:00:01Z");

	@Test
	void printsMessagesPerSecondFromTheQueueToTheSmtpServer() {
		UUID school = school("Asia/Kamchatka");
		List<Family> families = new ArrayList<>();
		for (int i = 0; i < FAMILIES; i++) {
			Family family = family(school, "Asia/Kamchatka");
			preferences(family.guardian(), family.student(), List.of("app", "email"), "immediate", "21:00", "08:00", "Asia/Kamchatka");
			families.add(family);
		}
		clock.setTo(NIGHT);
		int expected = FAMILIES * MARKS_EACH;
		long posting = System.nanoTime();
		for (int m = 0; m < MARKS_EACH; m++) {
			for (Family family : families) {
				markPosted(UUID.randomUUID(), family.student(), school, String.valueOf(2 + m % 4));
			}
		}
		Eventually.until(() -> emails(school, "QUEUED"), n -> n >= expected, Duration.ofMinutes(5));
		double decided = expected / seconds(posting);

		clock.setTo(MORNING);
		long sending = System.nanoTime();
		int sent = Eventually.until(() -> emails(school, "SENT"), n -> n >= expected, Duration.ofMinutes(5));
		double perSecond = sent / seconds(sending);
		System.out.printf("%nSenderBenchmark: %,d marks for %d families -> %,d emails queued for the morning at %.0f/s (Kafka, consumer,"
				+ " decision); at 08:00 sent to the SMTP server at %.0f messages/s (%d senders)%n%n", expected, FAMILIES, sent, decided,
				perSecond, properties.sender().workers());
	}

	private int emails(UUID school, String status) {
		return jdbc.sql("select count(*) from message where school_id = ? and channel = 'email' and status = ?").params(school, status)
			.query(Integer.class).single();
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}
}
