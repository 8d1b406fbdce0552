package org.ejd.perf.jmh;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.ejd.contracts.journal.MarkPosted;
import org.ejd.platform.events.EventContracts;
import org.ejd.platform.events.EventEnvelope;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What every consumer does with every event: read the envelope off the wire and check it against the contract's
 * schemas (formats asserted), then read its data into the typed record.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EventMappingBenchmark {

	private final EventContracts contracts = new EventContracts();

	private String json;

	private EventEnvelope envelope;

	@Setup
	public void example() throws IOException {
		try (InputStream in = EventMappingBenchmark.class.getResourceAsStream("/contracts/events/examples/journal.mark.posted.json")) {
			if (in == null) {
				throw new IllegalStateException("contracts' example journal.mark.posted.json is not on the classpath");
			}
			json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		envelope = contracts.read(MarkPosted.TOPIC, json);
	}

	@Benchmark
	public Object readAndCheckEnvelope() {
		return contracts.read(MarkPosted.TOPIC, json);
	}

	@Benchmark
	public Object dataIntoTypedRecord() {
		return contracts.typed(envelope);
	}
}
