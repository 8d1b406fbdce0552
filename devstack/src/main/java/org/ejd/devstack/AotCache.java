package org.ejd.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A service's JDK AOT cache (JEP 483, 514, 515; JDK 25+): the classes it loads, linked, and the profiles of its
 * start-up, written by a training run that starts the service against the real servers until its readiness probe
 * answers and what it starts after readiness (topics, Kafka listeners, clients) is done ({@link Quiet}, ADR 0102), and
 * then stops it as an orchestrator does (SIGTERM, a graceful shutdown), then mapped by every later start
 * ({@code -XX:AOTCache}). Spring Boot's recipe exits on the context's refresh ({@code -Dspring.context.exit=onRefresh}),
 * before the web servers, the Kafka listeners and the management context start: what those load then came from the
 * jars on every start (ADR 0084). The training runs once per classpath and JVM options (ADR 0055), and its file is
 * named by a digest of both, so a rebuilt jar never meets an old cache.
 */
final class AotCache {

	/** How the training runs: a cache trained by another recipe is trained again. */
	static final String RECIPE = "until ready, then until quiet (ADR 0102)";

	/** How long the training waits after readiness for the service to go quiet, at most. */
	static final Duration AFTER_READINESS = Duration.ofSeconds(10);

	private AotCache() {
	}

	/**
	 * On a JDK with {@code -XX:AOTCacheOutput} (25+), unless {@code -Dejd.stack.aot-cache=false}, for a classpath of jars
	 * (the JDK refuses to make a cache when a folder on it holds anything: {@code ./run}'s {@code devstack/target/classes}).
	 */
	static boolean supported(String classpath) {
		return Runtime.version().feature() >= 25 && Boolean.parseBoolean(System.getProperty("ejd.stack.aot-cache", "true"))
				&& java.util.Arrays.stream(classpath.split(java.io.File.pathSeparator)).map(Path::of).noneMatch(Files::isDirectory);
	}

	/** The cache of this service for exactly this JDK, JVM options and classpath (each jar's size and time). */
	static Path file(Path dir, String service, List<String> options, String classpath) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(System.getProperty("java.vm.version", "").getBytes(StandardCharsets.UTF_8));
			digest.update(RECIPE.getBytes(StandardCharsets.UTF_8));
			options.forEach(option -> digest.update(option.getBytes(StandardCharsets.UTF_8)));
			for (String entry : classpath.split(java.io.File.pathSeparator)) {
				Path path = Path.of(entry);
				digest.update(entry.getBytes(StandardCharsets.UTF_8));
				if (Files.isRegularFile(path)) {
					digest.update(Long.toString(Files.size(path)).getBytes(StandardCharsets.UTF_8));
					digest.update(Files.getLastModifiedTime(path).toString().getBytes(StandardCharsets.UTF_8));
				}
			}
			return dir.resolve(service + "-" + HexFormat.of().formatHex(digest.digest(), 0, 8) + ".aot");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Trains the cache unless it is there: runs {@code command} (java, its options, then the rest) with the cache's
	 * output until {@code started} returns (the service is ready; it throws if the service never gets there) and then
	 * until the service is quiet (at most {@link #AFTER_READINESS}), stops it
	 * with SIGTERM and waits while the JVM writes the cache on its way out; removes the service's older caches. A failed
	 * training leaves no file and the service starts without a cache.
	 * @return whether the cache exists now
	 */
	static boolean train(Path cache, List<String> command, Path log, java.util.function.Consumer<Process> started) {
		if (Files.isRegularFile(cache)) {
			return true;
		}
		try {
			Files.createDirectories(cache.getParent());
			String service = cache.getFileName().toString().replaceFirst("-[0-9a-f]+\\.aot$", "");
			try (Stream<Path> old = Files.list(cache.getParent())) {
				for (Path stale : old.filter(p -> p.getFileName().toString().matches(java.util.regex.Pattern.quote(service) + "-[0-9a-f]+\\.aot")).toList()) {
					Files.deleteIfExists(stale);
				}
			}
			List<String> training = new ArrayList<>(command);
			training.add(1, "-XX:AOTCacheOutput=" + cache);
			ProcessBuilder builder = new ProcessBuilder(training).redirectErrorStream(true).redirectOutput(log.toFile());
			builder.environment().put("MALLOC_ARENA_MAX", "2");
			Process process = builder.start();
			try {
				started.accept(process);
			}
			catch (RuntimeException ex) {
				process.destroyForcibly();
				process.waitFor(1, TimeUnit.MINUTES);
				return false;
			}
			// then what it does after readiness (topics, listeners, clients: ADRs 0092-0094), so that the cache holds its classes too
			Quiet.await(() -> List.of(process.toHandle()), AFTER_READINESS);
			process.destroy(); // SIGTERM: the JVM writes its training on the way out and forks the cache's assembly
			if (!process.waitFor(Long.getLong("ejd.stack.ready-minutes", 4), TimeUnit.MINUTES)) {
				process.destroyForcibly();
			}
			return Files.isRegularFile(cache);
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
