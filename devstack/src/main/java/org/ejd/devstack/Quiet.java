package org.ejd.devstack;

import java.time.Duration;
import java.util.Collection;
import java.util.function.Supplier;

/**
 * Waits until processes have finished what they do after their start: until, over one window, all of them together
 * used less CPU than a share of one core (ADR 0102). A service answers its readiness probe and then, on threads of its
 * own, declares its topics, starts its Kafka listeners and builds its costly clients (ADRs 0092-0094): 0.5-2.5 s of
 * CPU. The JVM's own CPU clock of each process ({@link ProcessHandle.Info#totalCpuDuration()}, from {@code /proc} on
 * Linux) tells when that is over, whatever the service does. It counts each process's own threads, not its children's
 * (a service forks none; the AOT training's assembly is waited for by its JVM).
 */
public final class Quiet {

	/** Together less than a sixth of one core ... */
	static final double CORE_SHARE = 1.0 / 6;

	/** ... over a quarter of a second. */
	static final Duration WINDOW = Duration.ofMillis(250);

	/**
	 * @param quiet whether they went quiet; else the wait gave up at its limit
	 * @param waited how long it waited
	 */
	public record Outcome(boolean quiet, Duration waited) {
	}

	private Quiet() {
	}

	/**
	 * @param processes asked again each window (a process that exits is no longer counted)
	 * @param atMost how long to wait before giving up; zero: not at all
	 */
	static Outcome await(Supplier<? extends Collection<ProcessHandle>> processes, Duration atMost) {
		long start = System.nanoTime();
		long deadline = start + atMost.toNanos();
		while (System.nanoTime() < deadline) {
			Collection<ProcessHandle> watched = processes.get();
			long before = cpu(watched);
			long windowStart = System.nanoTime();
			Stack.sleep(WINDOW.toMillis());
			long used = cpu(watched) - before;
			if (used <= (System.nanoTime() - windowStart) * CORE_SHARE) {
				return new Outcome(true, Duration.ofNanos(System.nanoTime() - start));
			}
		}
		return new Outcome(atMost.isZero(), Duration.ofNanos(System.nanoTime() - start));
	}

	/** The CPU time the processes have used so far, user and system, in nanoseconds. */
	static long cpu(Collection<ProcessHandle> processes) {
		return processes.stream()
			.mapToLong(process -> process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L))
			.sum();
	}
}
