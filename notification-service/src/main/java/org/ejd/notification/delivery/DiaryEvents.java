package org.ejd.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ejd.contracts.diary.ComplaintAnswered;
import org.ejd.contracts.diary.ComplaintFiled;
import org.ejd.contracts.diary.ForecastPublished;
import org.ejd.platform.events.ReceivedEvent;
import org.ejd.platform.kafka.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * D8: the diary's weekly forecast of the period marks, told to the family as information about
 * marks (their preferences for marks decide the channels and the digest). D12: the school's answer
 * to a family's complaint about the diary, told as a message from the school (kind {@code messages}),
 * never held for a digest; the answer itself is read in the diary. The complainant is told at once that the complaint was
 * registered, with its number and the date of the answer (59-FZ: a citizen's appeal is acknowledged), whatever their
 * preferences, as a notice about their own request (feed, then verified email, else SMS; paper rules).
 */
@Component
class DiaryEvents {

	private final EventInbox inbox;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final Informing informing;

	private final PersonalMessages personal;

	private final org.ejd.platform.time.SchoolTime time;

	DiaryEvents(EventInbox inbox, Informing informing, PersonalMessages personal, org.ejd.platform.time.SchoolTime time) {
		this.inbox = inbox;
		this.informing = informing;
		this.personal = personal;
		this.time = time;
	}

	@KafkaListener(id = "notification-diary", topics = { ForecastPublished.TOPIC, ComplaintAnswered.TOPIC })
	void on(ConsumerRecord<String, String> record) {
		inbox.receive("notification.diary", record, this::apply);
	}

	private void apply(ReceivedEvent event) {
		if (event.data() instanceof ComplaintFiled f) {
			// one confirmation per complaint: a redelivered filing is the same message
			UUID source = UUID.nameUUIDFromBytes(("complaint-filed/" + f.complaintId()).getBytes(StandardCharsets.UTF_8));
			personal.tell(source, f.complainantId(), f.schoolId(), "complaint-filed", Map.of("number", f.number(), "registeredOn",
					DAY.format(f.filedAt().atZone(time.zone(f.schoolId())).toLocalDate()), "dueOn", DAY.format(f.dueOn())), f.filedAt(), true);
		}
		if (event.data() instanceof ComplaintAnswered a) {
			// one answer per complaint: a redelivered or repeated answer is the same message
			UUID source = UUID.nameUUIDFromBytes(("complaint-answered/" + a.complaintId()).getBytes(StandardCharsets.UTF_8));
			informing.inform(new Fact(source, source, a.studentId(), a.schoolId(), "messages", "complaint-answered",
					Map.of("number", a.number()), event.time(), true));
		}
		if (event.data() instanceof ForecastPublished f) {
			// one forecast per student and week: a second publication of the same week is the same message
			UUID source = UUID.nameUUIDFromBytes((f.studentId() + "/" + f.weekOf()).getBytes(StandardCharsets.UTF_8));
			informing.inform(new Fact(source, source, f.studentId(), f.schoolId(), "marks", "forecast",
					Map.of("period", f.periodName(), "week", f.weekOf().toString(), "lines", lines(f)), event.time(), false));
		}
	}

	/** One line per subject: the expected mark and the average it comes from, or that no mark counts yet. */
	static String lines(ForecastPublished forecast) {
		return forecast.subjects().stream()
			.map(s -> s.expectedMark() == null ? s.subjectName() + " — пока нет отметок"
					: s.subjectName() + " — " + s.expectedMark() + " (" + s.average().toPlainString().replace('.', ',') + ")")
			.collect(Collectors.joining("\n"));
	}
}
