package org.ejd.notification.unsubscribe;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.ejd.contracts.notification.Unsubscribed;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.time.SchoolTime;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A recipient unsubscribes with one click from the kind of information of a message on its channel:
 * applied to notification's projection at once (nothing more of it is decided), and told to
 * consent-service, which owns preferences, so that it sticks (ARCHITECTURE.md).
 */
@Service
@EnableConfigurationProperties(UnsubscribeProperties.class)
public class Unsubscribing {

	/** The preference kind of each template ({@code -corrected} ones are their template's). */
	private static final Map<String, String> KINDS = Map.ofEntries(Map.entry("mark", "marks"), Map.entry("forecast", "marks"),
			Map.entry("absent", "attendance"), Map.entry("late", "attendance"), Map.entry("grade", "final-marks"),
			Map.entry("homework", "homework"), Map.entry("recommendation", "recommendations"), Map.entry("school-event", "events"),
			Map.entry("arrived", "presence"), Map.entry("left", "presence"), Map.entry("achievement", "achievements"));

	private final UnsubscribeTokens tokens;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final SchoolTime time;

	Unsubscribing(UnsubscribeTokens tokens, JdbcClient jdbc, ApplicationEventPublisher events, SchoolTime time) {
		this.tokens = tokens;
		this.jdbc = jdbc;
		this.events = events;
		this.time = time;
	}

	/** What a token would unsubscribe from, for the confirmation page. */
	@Transactional(readOnly = true)
	public Subscription of(String token) {
		return subscription(token);
	}

	@Transactional
	public Subscription unsubscribe(String token) {
		Subscription s = subscription(token);
		jdbc.sql("""
				update preference_kind set channels = array_to_string(array_remove(string_to_array(channels, ','), ?), ',')
				where person_id = ? and student_id = ? and kind = ?""").params(s.channel(), s.personId(), s.studentId(), s.kind()).update();
		Instant now = time.now();
		events.publishEvent(new UnsubscribedEvent(UUID.randomUUID(), now, now.toEpochMilli(), s.schoolId(),
				new Unsubscribed(s.personId(), s.studentId(), s.kind(), s.channel(), now)));
		return s;
	}

	/** Forged, altered, or for a message that has no subscription (a personal or in-app one): the same refusal. */
	private Subscription subscription(String token) {
		UUID message = tokens.messageOf(token).orElseThrow(() -> Refusal.invalid("unsubscribe.bad-token"));
		return jdbc.sql("select recipient_id, student_id, school_id, channel, kind from message where id = ? and student_id is not null "
				+ "and channel in ('email', 'sms')").param(message)
			.query((rs, n) -> new Subscription(rs.getObject("recipient_id", UUID.class), rs.getObject("student_id", UUID.class),
					rs.getObject("school_id", UUID.class), rs.getString("channel"), kindOf(rs.getString("kind"))))
			.optional().filter(s -> s.kind() != null)
			.orElseThrow(() -> Refusal.invalid("unsubscribe.bad-token"));
	}

	private static String kindOf(String template) {
		return KINDS.get(template.replace("-corrected", ""));
	}

	/** The recipient, the student, and the kind of information and channel they leave. */
	public record Subscription(UUID personId, UUID studentId, UUID schoolId, String channel, String kind) {
	}
}
