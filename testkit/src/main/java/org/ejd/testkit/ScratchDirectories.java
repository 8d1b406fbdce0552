package org.ejd.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * The servers' scratch directories in the temporary directory ({@code ejd-servers-*}: Kafka's log, Keycloak's files),
 * each held by the JVM that made it through a lock on its {@value #LOCK} file for as long as that JVM lives. Making one
 * first removes the ones whose JVM is gone: a run killed with {@code kill -9} (a kept performance stack, a stuck test
 * fork) otherwise leaves its directory behind for good. Those of the last {@link #GRACE} stay, for their logs to be
 * read after a failure. PostgreSQL's data directories are zonky's, which sweeps its own the same way; the ones its sweep
 * skips, having lost their lock file, are swept here ({@link #sweepWithoutLock}, ADR 0114).
 */
final class ScratchDirectories {

	private static final Logger log = LoggerFactory.getLogger(ScratchDirectories.class);

	static final String LOCK = "owner.lock";

	/** How long a directory whose owner is gone is kept: as zonky keeps PostgreSQL's, long enough to read its logs. */
	static final Duration GRACE = Duration.ofMinutes(10);

	/**
	 * This JVM's directories with their locks, open until it exits (the operating system lets them go then, however it
	 * ends). Never opened a second time, nor its time set (which opens it): on Linux closing any descriptor of a file
	 * drops every lock this process has on it.
	 */
	private static final Map<Path, FileChannel> ours = new ConcurrentHashMap<>();

	private ScratchDirectories() {
	}

	/** A new directory {@code <prefix>…} in the temporary directory, held by this JVM, after sweeping the ones no JVM holds. */
	static synchronized Path create(String prefix) {
		Path parent = Path.of(System.getProperty("java.io.tmpdir"));
		sweep(parent, prefix, Instant.now().minus(GRACE));
		try {
			Path directory = Files.createTempDirectory(parent, prefix);
			FileChannel lock = FileChannel.open(directory.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			lock.lock();
			ours.put(directory, lock);
			return directory;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot make a scratch directory in " + parent, ex);
		}
	}

	/**
	 * Deletes the directories {@code <prefix>…} in {@code parent} that no living JVM holds and that were last changed
	 * before {@code changedBefore}; one that cannot be deleted is left with a warning. A directory without a lock file
	 * (made before this class) counts as unheld.
	 * @return the directories deleted
	 */
	static List<Path> sweep(Path parent, String prefix, Instant changedBefore) {
		return sweep(parent, prefix, candidate -> changedBefore(candidate.resolve(LOCK), candidate, changedBefore) && !held(candidate));
	}

	/**
	 * Deletes the PostgreSQL data directories {@code <prefix>…} in {@code parent} that have lost their {@code lockName}
	 * file, were last changed before {@code changedBefore} and have no living server: what a JVM killed while zonky was
	 * deleting the directory leaves. zonky's own sweep takes only directories with a lock file it can take, and skips
	 * these (ADR 0114).
	 * @return the directories deleted
	 */
	static List<Path> sweepWithoutLock(Path parent, String prefix, String lockName, Instant changedBefore) {
		return sweep(parent, prefix, candidate -> !Files.exists(candidate.resolve(lockName))
				&& changedBefore(candidate, candidate, changedBefore) && !serverRunsOn(candidate));
	}

	private interface Stale {
		boolean test(Path candidate) throws IOException;
	}

	private static List<Path> sweep(Path parent, String prefix, Stale stale) {
		List<Path> deleted = new ArrayList<>();
		try (DirectoryStream<Path> candidates = Files.newDirectoryStream(parent, prefix + "*")) {
			for (Path candidate : candidates) {
				if (Files.isDirectory(candidate) && stale(stale, candidate)) {
					try {
						FileSystemUtils.deleteRecursively(candidate);
						deleted.add(candidate);
					}
					catch (IOException | UncheckedIOException ex) {
						log.warn("Left the stale scratch directory {}: {}", candidate, ex.getMessage());
					}
				}
			}
		}
		catch (IOException ex) {
			log.warn("Did not sweep {} for stale scratch directories: {}", parent + java.io.File.separator + prefix + "*", ex.toString());
		}
		if (!deleted.isEmpty()) {
			log.info("Removed {} scratch directories of runs that are gone: {}", deleted.size(), deleted);
		}
		return deleted;
	}

	/** Whether the candidate is stale; one that cannot be judged (say, deleted while it is read) is left for the next sweep. */
	private static boolean stale(Stale stale, Path candidate) {
		try {
			return stale.test(candidate);
		}
		catch (IOException ex) {
			log.debug("Did not judge {}: {}", candidate, ex.toString());
			return false;
		}
	}

	/** Whether {@code postmaster.pid} names a living process: a server that still runs on the directory is left alone. */
	private static boolean serverRunsOn(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return false;
		}
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
			return true; // being written: not ours to judge
		}
		return ProcessHandle.of(Long.parseLong(lines.get(0).strip())).map(ProcessHandle::isAlive).orElse(false);
	}

	/** Whether {@code timeFile}, or the directory when that file is absent, was last changed before {@code instant}. */
	private static boolean changedBefore(Path timeFile, Path directory, Instant instant) throws IOException {
		FileTime changed = Files.getLastModifiedTime(Files.exists(timeFile) ? timeFile : directory);
		return changed.toInstant().isBefore(instant);
	}

	/** Whether a JVM holds the directory: this one, or another (its lock is refused). */
	private static boolean held(Path directory) {
		Path lockFile = directory.resolve(LOCK);
		if (ours.containsKey(directory)) {
			return true;
		}
		if (!Files.exists(lockFile)) {
			return false;
		}
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
			FileLock lock = channel.tryLock();
			if (lock == null) {
				return true;
			}
			lock.release();
			return false;
		}
		catch (OverlappingFileLockException ex) {
			return true;
		}
		catch (IOException ex) {
			return true; // unreadable: not ours to delete
		}
	}

}
