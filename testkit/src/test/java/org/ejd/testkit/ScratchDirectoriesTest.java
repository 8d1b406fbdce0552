package org.ejd.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScratchDirectoriesTest {

	private static final Instant NOW = Instant.now();

	@TempDir
	Path parent;

	@Test
	void aDirectoryWhoseJvmIsGoneIsDeletedOnceItsGraceIsOver() throws IOException {
		Path gone = scratch("ejd-servers-1", Duration.ofMinutes(11));
		Files.writeString(Files.createDirectories(gone.resolve("kafka")).resolve("kafka.log"), "log of a killed run");

		assertThat(ScratchDirectories.sweep(parent, "ejd-servers-", NOW.minus(ScratchDirectories.GRACE))).containsExactly(gone);
		assertThat(gone).doesNotExist();
	}

	@Test
	void aRecentDirectoryStaysForItsLogsToBeRead() throws IOException {
		Path recent = scratch("ejd-servers-2", Duration.ofMinutes(2));

		assertThat(ScratchDirectories.sweep(parent, "ejd-servers-", NOW.minus(ScratchDirectories.GRACE))).isEmpty();
		assertThat(recent).exists();
	}

	@Test
	void aDirectoryAnotherLivingJvmHoldsIsKept() throws Exception {
		Path held = scratch("ejd-servers-3", Duration.ofHours(1));
		Process holder = holdLock(held.resolve(ScratchDirectories.LOCK));
		try {
			assertThat(ScratchDirectories.sweep(parent, "ejd-servers-", NOW)).isEmpty();
			assertThat(held.resolve(ScratchDirectories.LOCK)).exists();
		}
		finally {
			holder.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
		// the holder killed as with kill -9: its lock went with it
		assertThat(ScratchDirectories.sweep(parent, "ejd-servers-", NOW.plusSeconds(1))).containsExactly(held);
	}

	@Test
	void aDirectoryWithoutALockFileMadeBeforeLocksCountsAsUnheld() throws IOException {
		Path old = Files.createDirectory(parent.resolve("ejd-servers-4"));
		Files.setLastModifiedTime(old, FileTime.from(NOW.minus(Duration.ofDays(1))));

		assertThat(ScratchDirectories.sweep(parent, "ejd-servers-", NOW.minus(ScratchDirectories.GRACE))).containsExactly(old);
	}

	@Test
	void onlyDirectoriesWithThePrefixAreTouched() throws IOException {
		Path other = scratch("epg123", Duration.ofDays(1));

		assertThat(ScratchDirectories.sweep(parent, "ejd-servers-", NOW)).isEmpty();
		assertThat(other).exists();
	}

	@Test
	void thisJvmsOwnDirectoryIsKeptAndStaysLocked() throws Exception {
		String prefix = "ejd-scratch-test-" + ProcessHandle.current().pid() + "-";
		Path own = ScratchDirectories.create(prefix);
		try {
			// old enough by the clock it is given (touching the lock file's time here would drop the lock: it opens the file)
			assertThat(ScratchDirectories.sweep(own.getParent(), prefix, Instant.now().plus(Duration.ofDays(1)))).isEmpty();
			assertThat(own).exists();
			// a second look did not drop the lock (closing another channel of the file would have)
			assertThat(lockedByAnotherProcess(own.resolve(ScratchDirectories.LOCK))).isTrue();
		}
		finally {
			org.springframework.util.FileSystemUtils.deleteRecursively(own);
		}
	}

	@Test
	void aDataDirectoryLeftHalfDeletedWithoutItsLockIsDeleted() throws IOException {
		Path halfDeleted = dataDirectory("epg1", Duration.ofMinutes(11), null);

		assertThat(ScratchDirectories.sweepWithoutLock(parent, "epg", "epg-lock", NOW.minus(ScratchDirectories.GRACE)))
			.containsExactly(halfDeleted);
		assertThat(halfDeleted).doesNotExist();
	}

	@Test
	void aDataDirectoryWithItsLockIsLeftToZonky() throws IOException {
		Path locked = dataDirectory("epg2", Duration.ofDays(1), null);
		Files.createFile(locked.resolve("epg-lock"));
		Files.setLastModifiedTime(locked, FileTime.from(NOW.minus(Duration.ofDays(1))));

		assertThat(ScratchDirectories.sweepWithoutLock(parent, "epg", "epg-lock", NOW)).isEmpty();
	}

	@Test
	void aDataDirectoryWithoutItsLockIsKeptWhileItsServerLives() throws IOException {
		Path serving = dataDirectory("epg3", Duration.ofDays(1), ProcessHandle.current().pid());

		assertThat(ScratchDirectories.sweepWithoutLock(parent, "epg", "epg-lock", NOW)).isEmpty();
		assertThat(serving).exists();
	}

	@Test
	void aDataDirectoryWithoutItsLockIsKeptDuringItsGrace() throws IOException {
		Path recent = dataDirectory("epg4", Duration.ofMinutes(3), null);

		assertThat(ScratchDirectories.sweepWithoutLock(parent, "epg", "epg-lock", NOW.minus(ScratchDirectories.GRACE))).isEmpty();
		assertThat(recent).exists();
	}

	@Test
	void aDataDirectoryWhoseServerIsGoneIsDeleted() throws Exception {
		Process gone = new ProcessBuilder("true").start();
		gone.waitFor(10, TimeUnit.SECONDS);
		Path orphaned = dataDirectory("epg5", Duration.ofHours(1), gone.pid());

		assertThat(ScratchDirectories.sweepWithoutLock(parent, "epg", "epg-lock", NOW.minus(ScratchDirectories.GRACE)))
			.containsExactly(orphaned);
	}

	/** What a JVM killed while zonky deleted its data directory leaves: some of PostgreSQL's files, no {@code epg-lock}. */
	private Path dataDirectory(String name, Duration ago, Long postmaster) throws IOException {
		Path directory = Files.createDirectory(parent.resolve(name));
		Files.writeString(Files.createDirectories(directory.resolve("base/5")).resolve("16384"), "a table's page");
		if (postmaster != null) {
			Files.writeString(directory.resolve("postmaster.pid"), postmaster + "\n" + directory + "\n");
		}
		Files.setLastModifiedTime(directory, FileTime.from(NOW.minus(ago)));
		return directory;
	}

	/** A directory {@code name} in the parent with a lock file last changed {@code ago}, held by no one. */
	private Path scratch(String name, Duration ago) throws IOException {
		Path directory = Files.createDirectory(parent.resolve(name));
		Path lock = Files.createFile(directory.resolve(ScratchDirectories.LOCK));
		Files.setLastModifiedTime(lock, FileTime.from(NOW.minus(ago)));
		return directory;
	}

	/** Another JVM that locks the file as {@link ScratchDirectories#create} does, and says so once it holds it. */
	private Process holdLock(Path lockFile) throws IOException {
		Process process = java("Hold.java", """
				import java.nio.channels.FileChannel;
				import java.nio.file.*;
				class Hold {
				  public static void main(String[] args) throws Exception {
				    FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.WRITE);
				    channel.lock();
				    System.out.println("locked");
				    Thread.sleep(120_000);
				  }
				}
				""", lockFile);
		try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			assertThat(out.readLine()).isEqualTo("locked");
		}
		return process;
	}

	/** Whether another JVM is refused the lock. */
	private boolean lockedByAnotherProcess(Path lockFile) throws Exception {
		Process process = java("Probe.java", """
				import java.nio.channels.FileChannel;
				import java.nio.file.*;
				class Probe {
				  public static void main(String[] args) throws Exception {
				    try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.WRITE)) {
				      System.out.println(channel.tryLock() == null ? "refused" : "got it");
				    }
				  }
				}
				""", lockFile);
		try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String answer = out.readLine();
			assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
			return "refused".equals(answer);
		}
	}

	/** Runs a one-file program with this JVM's java (source launch). */
	private Process java(String name, String source, Path argument) throws IOException {
		Path file = Files.writeString(Files.createTempDirectory(parent, "src").resolve(name), source);
		Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
		return new ProcessBuilder(javaBin.toString(), file.toString(), argument.toString()).redirectErrorStream(true).start();
	}
}
