package org.ejd.notification.bench;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import org.ejd.notification.NotificationProperties;
import org.ejd.notification.delivery.Letter;
import org.ejd.notification.delivery.Letters;
import org.ejd.notification.email.Smtp;
import org.ejd.notification.sms.SmppProvider;
import org.ejd.notification.sms.domain.Segments;
import org.ejd.testkit.RealServers;
import org.ejd.testkit.SmppServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Messages per second rendered (Thymeleaf, text + HTML) and accepted by the SMTP server (GreenMail)
 * and by the SMPP simulator, through the service's own {@link Smtp} and {@link SmppProvider}. Not part
 * of the normal suite (the name is no {@code *Test}); run with
 * {@code ./mvnw -B -ntp -pl notification-service -am test -Dtest=DeliveryBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * Issue 11's goal: at least 500 messages/s on 2 cores (a region's 0.5 M evening digest in under 20 minutes).
 * Email goes over {@link Smtp}'s one kept connection, as the sender sends it; the batched figure sends 50 letters per
 * connection. GreenMail runs in this JVM, so its CPU counts against the figures. Profile with
 * {@code "-DargLine=-XX:StartFlightRecording=filename=/tmp/bench.jfr,settings=profile"} and {@code jfr print}.
 */
@Tag("bench")
class DeliveryBenchmark {

	static final int WARM_UP = 300;

	static final int MESSAGES = 3000;

	static final int CONCURRENCY = 8;

	static final int SESSIONS = 4;

	@Test
	void printsMessagesPerSecond() throws Exception {
		NotificationProperties properties = new NotificationProperties("eJD <no-reply@ejd.example>", "https://ejd.example/unsubscribe",
				new NotificationProperties.Sender(Duration.ofSeconds(1), 2000, 6, Duration.ofSeconds(30), 4, Duration.ofMinutes(5), 8), LocalTime.of(18, 0), java.time.DayOfWeek.FRIDAY,
				Duration.ofDays(2), Duration.ofDays(1), new NotificationProperties.Sms("EJD", 10,
						new NotificationProperties.Smpp("localhost", RealServers.smpp().port(), SmppServer.SYSTEM_ID, SmppServer.PASSWORD,
								Duration.ofSeconds(5), 1),
						new NotificationProperties.Http("", "", "", Duration.ofSeconds(5)),
						new NotificationProperties.Guard(50, 10, 4, Duration.ofSeconds(30), 100, 8)));
		JavaMailSenderImpl mail = new JavaMailSenderImpl();
		mail.setHost(RealServers.smtp().host());
		mail.setPort(RealServers.smtp().port());
		mail.setDefaultEncoding("UTF-8");
		Smtp smtp = new Smtp(mail, properties);
		Letters letters = new Letters();
		AtomicInteger receipts = new AtomicInteger();
		try (SmppProvider smpp = new SmppProvider(properties.sms().smpp(), (id, delivered, error) -> receipts.incrementAndGet())) {
			run("render only", WARM_UP, i -> letter(letters, i));
			run("render only", MESSAGES, i -> letter(letters, i));
			run("email (render + SMTP)", WARM_UP, i -> smtp.send(letter(letters, i)));
			double email = run("email (render + SMTP)", MESSAGES, i -> smtp.send(letter(letters, i)));
			// what one SMTP session for 50 letters would give (the sender sends one per connection today)
			double batched = run("batches of 50 emails", MESSAGES / 50, i -> smtp.sendAll(java.util.stream.IntStream.range(0, 50)
				.mapToObj(k -> letter(letters, i * 50 + k)).toList())) * 50;
			System.out.printf("BENCH %-22s = %6.0f messages/s%n", "email batched", batched);
			run("SMS, 1 session", WARM_UP, i -> smpp.submit(number(i), "EJD", Segments.of(letter(letters, i).shortText())));
			double single = run("SMS, 1 session", MESSAGES, i -> smpp.submit(number(i), "EJD", Segments.of(letter(letters, i).shortText())));
			// what the service binds by default (ejd.notification.sms.smpp.sessions)
			NotificationProperties.Smpp pooled = new NotificationProperties.Smpp("localhost", RealServers.smpp().port(), SmppServer.SYSTEM_ID,
					SmppServer.PASSWORD, Duration.ofSeconds(5), SESSIONS);
			try (SmppProvider sessions = new SmppProvider(pooled, (id, delivered, error) -> receipts.incrementAndGet())) {
				run("SMS, " + SESSIONS + " sessions", WARM_UP, i -> sessions.submit(number(i), "EJD", Segments.of(letter(letters, i).shortText())));
				double sms = run("SMS, " + SESSIONS + " sessions", MESSAGES,
						i -> sessions.submit(number(i), "EJD", Segments.of(letter(letters, i).shortText())));
				System.out.printf("BENCH email: %.0f messages/s; SMS: %.0f messages/s on 1 session, %.0f on %d; goal 500/s (%d cores)%n",
						email, single, sms, SESSIONS, Runtime.getRuntime().availableProcessors());
			}
		}
	}

	private static Letter letter(Letters letters, int i) {
		Letters.Rendered r = letters.render("mark", "ru", Map.of("studentName", "Пётр", "subject", "Математика", "value",
				Integer.toString(2 + i % 4), "date", "2026-11-30"));
		return new Letter(UUID.randomUUID(), "bench" + (i % 100) + "@example.org", r.subject(), r.text(), r.html(), "ru",
				"https://ejd.example/unsubscribe?message=" + i, r.subject());
	}

	private static String number(int i) {
		return "+7900" + String.format("%07d", i);
	}

	interface Send {
		void send(int i) throws Exception;
	}

	private static double run(String what, int count, Send send) throws InterruptedException {
		Semaphore permits = new Semaphore(CONCURRENCY);
		AtomicInteger failed = new AtomicInteger();
		long start = System.nanoTime();
		try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < count; i++) {
				permits.acquire();
				int n = i;
				pool.submit(() -> {
					try {
						send.send(n);
					}
					catch (Exception ex) {
						if (failed.getAndIncrement() == 0) {
							System.out.println("BENCH first failure of " + what + ": " + ex + " / " + ex.getCause());
						}
					}
					finally {
						permits.release();
					}
				});
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		double rate = count / seconds;
		System.out.printf("BENCH %-22s %5d messages in %5.2f s = %6.0f messages/s (%d failed)%n", what, count, seconds, rate, failed.get());
		return rate;
	}
}
