package org.ejd.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A launch waits for the services already running to finish their after-readiness work, and no longer than its limit. */
class QuietTest {

	private final List<Process> started = new java.util.ArrayList<>();

	@AfterEach
	void stop() throws InterruptedException {
		for (Process process : started) {
			process.destroyForcibly();
			process.waitFor(10, TimeUnit.SECONDS);
		}
	}

	@Test
	void processesThatOnlyWaitAreQuiet() throws IOException {
		Process sleeping = start("sleep 60");

		Quiet.Outcome outcome = Quiet.await(() -> List.of(sleeping.toHandle()), Duration.ofSeconds(20));

		assertThat(outcome.quiet()).isTrue();
	}

	@Test
	void aProcessThatKeepsACoreBusyIsNotQuietAndTheWaitGivesUpAtItsLimit() throws IOException {
		Process sleeping = start("sleep 60");
		Process spinning = start("while :; do :; done");
		awaitCpu(spinning);

		Quiet.Outcome outcome = Quiet.await(() -> List.of(sleeping.toHandle(), spinning.toHandle()), Duration.ofSeconds(1));

		assertThat(outcome.quiet()).isFalse();
		assertThat(outcome.waited()).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void aBusyProcessThatFinishesItsWorkIsWaitedForUntilItIsQuiet() throws IOException {
		// busy for a second or two on bash's builtins alone (a child's CPU is not its parent's), then waiting, as a
		// service once its listeners have started
		Process settling = start("end=$(( SECONDS + 2 )); while [ $SECONDS -lt $end ]; do :; done; sleep 60");
		awaitCpu(settling);

		Quiet.Outcome outcome = Quiet.await(() -> List.of(settling.toHandle()), Duration.ofSeconds(30));

		assertThat(outcome.quiet()).isTrue();
		assertThat(Quiet.cpu(List.of(settling.toHandle()))).isGreaterThan(Duration.ofMillis(500).toNanos());
	}

	@Test
	void noLimitMeansNoWait() throws IOException {
		Process spinning = start("while :; do :; done");

		assertThat(Quiet.await(() -> List.of(spinning.toHandle()), Duration.ZERO).quiet()).isTrue();
	}

	private Process start(String script) throws IOException {
		Process process = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		started.add(process);
		return process;
	}

	/** Until the process has used some CPU: the JVM reads it from /proc, in clock ticks. */
	private static void awaitCpu(Process process) {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (Quiet.cpu(List.of(process.toHandle())) == 0 && System.nanoTime() < deadline) {
			Thread.onSpinWait();
		}
	}
}
