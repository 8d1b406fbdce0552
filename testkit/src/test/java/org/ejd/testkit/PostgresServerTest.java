package org.ejd.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** hang() and resume() freeze the server the way its kind allows, once, and always let it go on (ADR 0047, 0054). */
class PostgresServerTest {

	private final List<String> done = new ArrayList<>();

	private PostgresServer server() {
		return new PostgresServer("localhost", 1, "postgres", "postgres", server -> new PostgresServer.Freezing() {

			@Override
			public void hang() {
				done.add("hang");
			}

			@Override
			public void resume() {
				done.add("resume");
			}
		}, () -> done.add("stop"));
	}

	@Test
	void aServerHangsOnceAndGoesOnOnceHoweverOftenItIsAsked() {
		PostgresServer server = server();
		server.resume();
		server.hang();
		server.hang();
		server.resume();
		server.resume();
		assertThat(done).containsExactly("hang", "resume");
	}

	@Test
	void closingAHangingServerLetsItGoOnBeforeStoppingIt() {
		PostgresServer server = server();
		server.hang();
		server.close();
		assertThat(done).containsExactly("hang", "resume", "stop");
	}

	@Test
	void aResumeThatFailsStillLeavesTheServerFreeToHangAgain() {
		List<String> calls = new ArrayList<>();
		PostgresServer server = new PostgresServer("localhost", 1, "postgres", "postgres", s -> new PostgresServer.Freezing() {

			@Override
			public void hang() {
				calls.add("hang");
			}

			@Override
			public void resume() {
				calls.add("resume");
				throw new IllegalStateException("the engine refused");
			}
		}, () -> {
		});
		server.hang();
		assertThatThrownBy(server::resume).hasMessageContaining("the engine refused");
		server.hang();
		assertThat(calls).containsExactly("hang", "resume", "hang");
	}

	@Test
	void stoppingProcessesNeedsTheEmbeddedServersPostmasterOnThisMachine(@TempDir Path dataDirectory) {
		PostgresServer.StoppedProcesses processes = new PostgresServer.StoppedProcesses(dataDirectory::toString);
		assertThat(Files.exists(dataDirectory.resolve("postmaster.pid"))).isFalse();
		assertThatThrownBy(processes::hang).isInstanceOf(IllegalStateException.class).hasMessageContaining("embedded PostgreSQL");
		processes.resume(); // nothing was stopped: nothing to continue
	}

	@Test
	void aContainerIsFrozenByTheDockerEngineNotBySignals() {
		// no engine here: the engine is asked and cannot be found; with one, it answers that no such container exists
		PostgresServer.Freezing container = Containers.paused("no-such-container-" + System.nanoTime());
		assertThat(container).isNotInstanceOf(PostgresServer.StoppedProcesses.class);
		assertThatThrownBy(container::hang).isInstanceOf(RuntimeException.class);
		assertThatThrownBy(container::resume).isInstanceOf(RuntimeException.class);
	}
}
