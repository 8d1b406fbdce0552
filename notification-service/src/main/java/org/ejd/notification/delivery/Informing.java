package org.ejd.notification.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.ejd.notification.NotificationProperties;
import org.ejd.notification.recipients.Preference;
import org.ejd.notification.recipients.QuietHours;
import org.ejd.notification.recipients.Recipients;
import org.ejd.notification.recipients.SchoolDigestDays;
import org.ejd.platform.time.SchoolTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides, for a fact about a student, who is told on which channel and when (N2): each guardian
 * who represents the student that day and an adult student themselves; a channel only if the
 * student's consent allows processing, the recipient is not on paper, the contact is verified and
 * the preference lists that kind for that channel. Each decision is one message row, suppressed
 * ones with the rule that suppressed them; a fact's rows are written in one batch. Runs in the
 * consumer's transaction with the dedup mark.
 */
@Service
public class Informing {

	static final List<String> CHANNELS = List.of("app", "email", "sms");

	/** The variable that marks a message waiting for the weekly digest. */
	static final String WEEKLY = "weeklyDigest";

	private final Recipients recipients;

	private final Messages messages;

	private final SchoolTime time;

	private final NotificationProperties properties;

	private final List<String> transports;

	private final SchoolDigestDays schoolDays;

	Informing(Recipients recipients, Messages messages, SchoolTime time, NotificationProperties properties, List<Transport> transports,
			SchoolDigestDays schoolDays) {
		this.schoolDays = schoolDays;
		this.recipients = recipients;
		this.messages = messages;
		this.time = time;
		this.properties = properties;
		this.transports = transports.stream().map(Transport::channel).toList();
	}

	@Transactional
	public void inform(Fact fact) {
		informAll(List.of(fact));
	}

	/**
	 * Decides each fact as {@link #inform} would, one after the other, with what the decisions need read once for all of them
	 * (issue 13, ADR 0091): the schools' zones, the students, their consent and guardians, the recipients' preferences and
	 * reach, each in one statement, and the messages written in one batch. The daily SMS cap counts what the table holds and
	 * what the earlier facts of the call decided.
	 */
	@Transactional
	public void informAll(List<Fact> facts) {
		if (facts.isEmpty()) {
			return;
		}
		Instant now = time.now();
		Map<UUID, ZoneId> zones = new HashMap<>();
		facts.forEach(fact -> zones.computeIfAbsent(fact.schoolId(), time::zone));
		Set<UUID> studentIds = new LinkedHashSet<>(facts.stream().map(Fact::studentId).toList());
		Map<UUID, Recipients.Student> students = recipients.students(studentIds);
		Set<UUID> allowed = recipients.processingAllowed(studentIds);
		// who is told: each guardian who represents the student on the school's day, and an adult student themselves
		Map<LocalDate, Set<UUID>> studentsByDay = new HashMap<>();
		facts.forEach(fact -> studentsByDay.computeIfAbsent(time.today(zones.get(fact.schoolId())), d -> new LinkedHashSet<>())
			.add(fact.studentId()));
		Map<LocalDate, Map<UUID, List<UUID>>> guardians = new HashMap<>();
		studentsByDay.forEach((day, ofDay) -> guardians.put(day, recipients.guardiansOf(ofDay, day)));
		List<List<UUID>> told = new ArrayList<>();
		Set<Recipients.Interest> interests = new LinkedHashSet<>();
		for (Fact fact : facts) {
			LocalDate day = time.today(zones.get(fact.schoolId()));
			List<UUID> to = new ArrayList<>(guardians.get(day).getOrDefault(fact.studentId(), List.of()));
			Recipients.Student student = students.get(fact.studentId());
			if (student != null && student.adultOn(day)) {
				to.add(fact.studentId());
			}
			told.add(to);
			to.forEach(recipient -> interests.add(new Recipients.Interest(recipient, fact.studentId())));
		}
		Map<Recipients.Interest, Preference> preferences = recipients.preferences(interests);
		Map<UUID, Recipients.Reach> reach = preferences.isEmpty() ? Map.of()
				: recipients.reach(new LinkedHashSet<>(preferences.keySet().stream().map(Recipients.Interest::personId).toList()));
		SmsCap cap = new SmsCap(now);
		List<Message> decided = new ArrayList<>();
		for (int i = 0; i < facts.size(); i++) {
			Fact fact = facts.get(i);
			Recipients.Student student = students.get(fact.studentId());
			Map<String, String> variables = new HashMap<>(fact.variables());
			variables.put("studentName", student != null ? student.firstName() : "");
			for (UUID recipient : told.get(i)) {
				Preference preference = preferences.get(new Recipients.Interest(recipient, fact.studentId()));
				if (preference != null) {
					decide(fact, recipient, preference, reach.get(recipient), allowed.contains(fact.studentId()),
							zones.get(fact.schoolId()), variables, now, cap, decided);
				}
			}
		}
		messages.decideAll(decided);
	}

	/** The recipient's message on each channel their preference lists for the fact's kind, sent, queued or suppressed. */
	private void decide(Fact fact, UUID recipient, Preference preference, Recipients.Reach reach, boolean allowed, ZoneId schoolZone,
			Map<String, String> variables, Instant now, SmsCap cap, List<Message> decided) {
		for (String channel : CHANNELS) {
			if (!preference.lists(fact.kind(), channel)) {
				continue;
			}
			String rule = suppressingRule(allowed, () -> reach, channel);
			if (rule == null && "sms".equals(channel) && cap.reached(recipient, preference.zone().orElse(schoolZone))) {
				rule = "sms-daily-cap";
			}
			boolean digest = !fact.bypassesDigest() && preference.digest(fact.kind());
			Message.Status status = rule != null ? Message.Status.SUPPRESSED
					: "app".equals(channel) ? Message.Status.SENT : Message.Status.QUEUED;
			boolean weekly = digest && preference.weekly(fact.kind());
			Instant due = "app".equals(channel) ? now : due(now, preference, fact.schoolId(), schoolZone, digest, weekly);
			Map<String, String> content = variables;
			if (weekly) {
				// the digest it goes in says "this week"
				content = new HashMap<>(variables);
				content.put(WEEKLY, "true");
			}
			if (rule == null && "sms".equals(channel)) {
				cap.decided(recipient, fact.eventId());
			}
			decided.add(new Message(UUID.randomUUID(), fact.eventId(), fact.sourceId(), recipient, channel, fact.template(),
					fact.studentId(), fact.schoolId(), content, reach.language(), status, rule, digest, fact.occurredAt(), due, 0, null, now,
					status == Message.Status.SENT ? now : null, null));
		}
	}

	/**
	 * Whether a person has had their SMS for the day (their own day, in their zone): what the table holds since its start,
	 * read once a call, and what the call decided so far (one per source event, as the table keeps them).
	 */
	private final class SmsCap {

		private final Instant now;

		private final Map<Map.Entry<UUID, Instant>, Integer> stored = new HashMap<>();

		private final Map<UUID, Set<UUID>> decided = new HashMap<>();

		SmsCap(Instant now) {
			this.now = now;
		}

		boolean reached(UUID recipient, ZoneId zone) {
			Instant startOfDay = now.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
			int before = stored.computeIfAbsent(Map.entry(recipient, startOfDay), key -> messages.smsSince(recipient, startOfDay));
			return before + decided.getOrDefault(recipient, Set.of()).size() >= properties.sms().dailyCap();
		}

		void decided(UUID recipient, UUID sourceEvent) {
			decided.computeIfAbsent(recipient, r -> new HashSet<>()).add(sourceEvent);
		}
	}

	/** A correction before sending replaces the pending content; after sending, it is told as a correction. */
	@Transactional
	public void correct(Fact fact) {
		Map<String, String> variables = new HashMap<>(fact.variables());
		variables.put("studentName", recipients.student(fact.studentId()).map(Recipients.Student::firstName).orElse(""));
		int replaced = messages.replacePending(fact.sourceId(), fact.template(), variables);
		if (replaced == 0 && messages.anySent(fact.sourceId())) {
			inform(new Fact(fact.eventId(), fact.sourceId(), fact.studentId(), fact.schoolId(), fact.kind(), fact.template() + "-corrected",
					fact.variables(), fact.occurredAt(), fact.bypassesDigest()));
		}
	}

	/** A deletion before sending cancels what was pending. */
	@Transactional
	public void cancel(UUID sourceId, String rule) {
		messages.cancelPending(sourceId, rule);
	}

	/** Checked at decision and again at send time: consent, paper, contact. */
	@org.jspecify.annotations.Nullable String suppressingRule(boolean processingAllowed, UUID recipient, String channel) {
		return suppressingRule(processingAllowed, () -> recipients.reach(recipient), channel);
	}

	/** The same, with what is known of the recipient looked up only when consent and channel leave it to decide. */
	private @org.jspecify.annotations.Nullable String suppressingRule(boolean processingAllowed, Supplier<Recipients.Reach> recipient,
			String channel) {
		if (!processingAllowed) {
			return "consent";
		}
		if ("app".equals(channel)) {
			return null;
		}
		Recipients.Reach reach = recipient.get();
		if (reach.onPaper()) {
			return "paper-delivery";
		}
		if (!transports.contains(channel)) {
			return "no-" + channel + "-provider";
		}
		if (!reach.channels().contains(channel)) {
			return "contact-not-verified";
		}
		return null;
	}

	/**
	 * Not before the digest hour when digested (on the week's digest day when weekly: the recipient's, else the school's, in the recipient's
	 * zone), and never inside quiet hours: the message waits, it is not dropped.
	 */
	Instant due(Instant now, Preference preference, UUID schoolId, ZoneId schoolZone, boolean digest, boolean weekly) {
		ZoneId zone = preference.zone().orElse(schoolZone);
		ZonedDateTime at = now.atZone(zone);
		if (weekly) {
			// the recipient's own weekday, else the school's, else the configured one
			at = nextOn(at, preference.weeklyOn().or(() -> schoolDays.weeklyOn(schoolId)).orElse(properties.weeklyOn()),
					properties.digestAt());
		}
		else if (digest) {
			at = nextAt(at, properties.digestAt());
		}
		Optional<QuietHours> quiet = preference.quietHours();
		if (quiet.isPresent()) {
			at = quiet.get().nextAllowed(at);
		}
		return at.toInstant();
	}

	/** The next time it is {@code day} at {@code hour} on the wall clock of {@code now}'s zone (now itself if it is that moment). */
	static ZonedDateTime nextOn(ZonedDateTime now, java.time.DayOfWeek day, LocalTime hour) {
		ZonedDateTime candidate = ZonedDateTime.of(now.toLocalDate().with(java.time.temporal.TemporalAdjusters.nextOrSame(day)), hour,
				now.getZone());
		return candidate.isBefore(now) ? ZonedDateTime.of(candidate.toLocalDate().plusWeeks(1), hour, now.getZone()) : candidate;
	}

	static ZonedDateTime nextAt(ZonedDateTime now, LocalTime hour) {
		ZonedDateTime today = ZonedDateTime.of(now.toLocalDate(), hour, now.getZone());
		return today.isBefore(now) ? today.plusDays(1) : today;
	}
}
