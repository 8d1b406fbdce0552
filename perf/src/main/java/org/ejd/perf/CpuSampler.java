package org.ejd.perf;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The stack's CPU by process while a simulation runs, for the report's profile: which process each request's cost lands
 * in. It reads every process's CPU clock ({@code /proc/<pid>/stat} through {@link ProcessHandle}) every
 * {@link #EVERY} while one measured run lasts, and {@link #between} takes the difference across a run's counted window, which Gatling's JVM prints
 * ({@link GatlingRun.Result#from()}). A process that ends inside the window takes its CPU with it; the stack's do not.
 */
final class CpuSampler implements AutoCloseable {

	static final Duration EVERY = Duration.ofMillis(250);

	/** Epoch millisecond of a sample → each process's CPU so far, in nanoseconds. */
	private final NavigableMap<Long, Map<Long, Sample>> samples = new ConcurrentSkipListMap<>();

	private final Thread thread;

	/** The processes sampled, looked for again every {@link #LOOK_AGAIN}: finding them reads every process's command line. */
	private Map<ProcessHandle, String> processes = Map.of();

	private long lookedAt;

	static final Duration LOOK_AGAIN = Duration.ofSeconds(2);

	/** One process's CPU clock at a sample, with the label it is reported under. */
	record Sample(String label, long cpuNanos) {
	}

	private CpuSampler() {
		this.thread = Thread.ofPlatform().daemon().name("perf-cpu-sampler").start(this::sample);
	}

	static CpuSampler start() {
		return new CpuSampler();
	}

	private void sample() {
		try {
			while (!Thread.currentThread().isInterrupted()) {
				take();
				Thread.sleep(EVERY);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		take();
	}

	private void take() {
		if (System.nanoTime() - lookedAt > LOOK_AGAIN.toNanos() || processes.isEmpty()) {
			processes = StackProcesses.labelled();
			lookedAt = System.nanoTime();
		}
		Map<Long, Sample> now = new HashMap<>();
		processes.forEach((process, label) -> process.info().totalCpuDuration()
			.ifPresent(cpu -> now.put(process.pid(), new Sample(label, cpu.toNanos()))));
		samples.put(System.currentTimeMillis(), now);
	}

	/**
	 * CPU by label between the last sample at or before {@code from} and the first at or after {@code until} (epoch
	 * milliseconds); empty when the samples do not cover the window.
	 */
	Map<String, Duration> between(long from, long until) {
		return between(samples, from, until);
	}

	static Map<String, Duration> between(NavigableMap<Long, Map<Long, Sample>> samples, long from, long until) {
		Map.Entry<Long, Map<Long, Sample>> before = samples.floorEntry(from);
		Map.Entry<Long, Map<Long, Sample>> after = samples.ceilingEntry(until);
		Map<String, Duration> cpu = new TreeMap<>();
		if (before == null || after == null || until <= from) {
			return cpu;
		}
		after.getValue().forEach((pid, end) -> {
			Sample start = before.getValue().get(pid);
			long nanos = end.cpuNanos() - (start == null ? 0 : start.cpuNanos()); // a process started inside: all its CPU
			cpu.merge(end.label(), Duration.ofNanos(Math.max(0, nanos)), Duration::plus);
		});
		return cpu;
	}

	/** The wall time the samples {@link #between} uses for the window span. */
	Duration span(long from, long until) {
		Long before = samples.floorKey(from);
		Long after = samples.ceilingKey(until);
		return before == null || after == null ? Duration.ZERO : Duration.ofMillis(after - before);
	}

	@Override
	public void close() {
		thread.interrupt();
		try {
			thread.join(Duration.ofSeconds(5));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
