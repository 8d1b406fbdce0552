package org.ejd.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.opentelemetry.sdk.trace.data.SpanData;
import org.ejd.testkit.Envelopes;
import org.ejd.testkit.EventProbe;
import org.ejd.testkit.Eventually;
import org.junit.jupiter.api.Test;

/**
 * The diary continues the trace a journal request began (issue 18, docs/adr/0035): a mark event that arrives with the
 * {@code traceparent} the journal's outbox writes (journal's TracingIT) is projected inside a span of the same trace,
 * although the marks listener takes whole batches, for which Spring Kafka opens no span of its own.
 */
class TracingIT extends DiaryIT {

	@Test
	void aMarkEventIsProjectedInTheTraceOfTheRequestThatPostedIt() {
		UUID school = UUID.randomUUID();
		UUID student = UUID.randomUUID();
		UUID mark = UUID.randomUUID();
		String traceId = HexFormat.of().formatHex(java.nio.ByteBuffer.allocate(16)
			.putLong(mark.getMostSignificantBits()).putLong(mark.getLeastSignificantBits()).array());
		String producerSpan = "00f067aa0ba902b7";

		EventProbe.send("journal.marks.v1", student.toString(), Envelopes.envelope("/ejd/journal-service", "journal.mark.posted",
				mark.toString(), school, 1, markData(mark, student, school, "5")),
				Map.of("traceparent", "00-" + traceId + "-" + producerSpan + "-01"));

		List<SpanData> spans = Eventually.until(() -> RecordedSpans.FINISHED.stream()
			.filter(span -> span.getTraceId().equals(traceId)).toList(), found -> !found.isEmpty(), Duration.ofSeconds(30));
		assertThat(spans).anySatisfy(span -> {
			assertThat(span.getName()).contains("journal.marks.v1");
			assertThat(span.getParentSpanId()).as("a child of the producer's span").isEqualTo(producerSpan);
			assertThat(span.getAttributes().asMap().toString()).contains("diary.marks");
		});
	}
}
