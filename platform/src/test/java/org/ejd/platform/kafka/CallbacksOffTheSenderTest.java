package org.ejd.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.Cluster;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * A send's callback, and so whatever waits on KafkaTemplate's future (the outbox's completion update), runs on a thread of
 * its own, not on the thread that completes the send (the producer's I/O thread), docs/adr/0074.
 */
class CallbacksOffTheSenderTest {

	private static final Node BROKER = new Node(1, "localhost", 9092);

	private final MockProducer<String, String> kafka = new MockProducer<>(new Cluster("ejd", List.of(BROKER),
			List.of(new PartitionInfo("journal.marks.v1", 0, BROKER, new Node[] { BROKER }, new Node[] { BROKER })), Set.of(), Set.of()),
			false, null, new StringSerializer(), new StringSerializer());

	@Test
	void aSendsCallbackRunsOnAVirtualThreadNotOnTheThreadThatCompletesTheSend() throws Exception {
		try (var callbacks = new CallbacksOffTheSender<String, String>()) {
			Producer<String, String> producer = callbacks.apply(kafka);
			var ranOn = new CompletableFuture<Thread>();
			var acknowledged = new CompletableFuture<RecordMetadata>();
			producer.send(new ProducerRecord<>("journal.marks.v1", "student", "{}"), (metadata, exception) -> {
				ranOn.complete(Thread.currentThread());
				acknowledged.complete(metadata);
			});

			assertThat(ranOn).isNotDone();
			kafka.completeNext();

			Thread thread = ranOn.get(5, TimeUnit.SECONDS);
			assertThat(thread).isNotSameAs(Thread.currentThread());
			assertThat(thread.isVirtual()).isTrue();
			assertThat(thread.getName()).startsWith("kafka-callback-");
			assertThat(acknowledged.get(5, TimeUnit.SECONDS).topic()).isEqualTo("journal.marks.v1");
			assertThat(kafka.history()).hasSize(1);
		}
	}

	@Test
	void aFailedSendStillReachesItsCallbackWithTheFailure() throws Exception {
		try (var callbacks = new CallbacksOffTheSender<String, String>()) {
			Producer<String, String> producer = callbacks.apply(kafka);
			var failure = new CompletableFuture<Exception>();
			producer.send(new ProducerRecord<>("journal.marks.v1", "student", "{}"), (metadata, exception) -> failure.complete(exception));

			kafka.errorNext(new IllegalStateException("broker gone"));

			assertThat(failure.get(5, TimeUnit.SECONDS)).hasMessage("broker gone");
		}
	}

	@Test
	void afterTheCloseACallbackRunsWhereKafkaCallsIt() throws Exception {
		var callbacks = new CallbacksOffTheSender<String, String>();
		Producer<String, String> producer = callbacks.apply(kafka);
		callbacks.close();
		var ranOn = new CompletableFuture<Thread>();
		producer.send(new ProducerRecord<>("journal.marks.v1", "student", "{}"), (metadata, exception) -> ranOn.complete(Thread.currentThread()));

		kafka.completeNext();

		assertThat(ranOn.get(5, TimeUnit.SECONDS)).isSameAs(Thread.currentThread());
	}

	@Test
	void everythingButTheCallbackGoesToTheProducerAsIs() {
		try (var callbacks = new CallbacksOffTheSender<String, String>()) {
			Producer<String, String> producer = callbacks.apply(kafka);
			producer.send(new ProducerRecord<>("journal.marks.v1", "student", "{}"));
			producer.flush();

			assertThat(kafka.history()).extracting(ProducerRecord::key).containsExactly("student");
			assertThat(producer.partitionsFor("journal.marks.v1")).isEqualTo(kafka.partitionsFor("journal.marks.v1"));
		}
	}
}
