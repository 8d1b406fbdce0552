package org.ejd.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.EventProbe;
import org.junit.jupiter.api.Test;

/**
 * A request's trace leaves the journal with its event (issue 18, docs/adr/0035): the outbox relays the mark after the
 * commit on another thread, and the record it writes to Kafka carries the request's trace id in its {@code traceparent}
 * header, which the diary's inbox continues (diary's TracingIT).
 */
class TracingIT extends JournalIT {

	@Test
	void aMarkPostedInATracedRequestReachesKafkaWithTheRequestsTraceId() {
		School school = school();
		String traceId = HexFormat.of().formatHex(uuidBytes(UUID.randomUUID()));

		Response posted = api().send("POST", "/api/journal/marks", school.teacherToken(), mark(school),
				Map.of("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"));
		assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
		String markId = posted.json().get("id").asString();

		ConsumerRecord<String, String> record = EventProbe.await("journal.marks.v1", r -> r.value().contains(markId),
				Duration.ofSeconds(30));
		Header traceparent = record.headers().lastHeader("traceparent");
		assertThat(traceparent).as("the record's headers: %s", record.headers()).isNotNull();
		assertThat(new String(traceparent.value(), StandardCharsets.UTF_8)).matches("00-" + traceId + "-[0-9a-f]{16}-0[01]");
	}

	@Test
	void aRefusedMarkAnswersAProblemWithTheRequestsTraceId() {
		School school = school();
		String traceId = HexFormat.of().formatHex(uuidBytes(UUID.randomUUID()));
		Map<String, Object> mark = mark(school);
		mark.put("value", "");

		Response refused = api().send("POST", "/api/journal/marks", school.teacherToken(), mark,
				Map.of("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.isProblem()).isTrue();
		assertThat(refused.json().get("traceId").asString()).isEqualTo(traceId);
	}

	private static Map<String, Object> mark(School school) {
		Map<String, Object> mark = new HashMap<>();
		mark.put("studentId", school.studentId());
		mark.put("classGroupId", school.classGroupId());
		mark.put("subjectId", school.subjectId());
		mark.put("value", "5");
		mark.put("workType", "written");
		mark.put("workDate", today());
		return mark;
	}

	private static byte[] uuidBytes(UUID id) {
		return java.nio.ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
	}
}
