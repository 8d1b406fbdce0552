package org.ejd.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A service's JDK AOT cache (JEP 483, 514, 515; JDK 25+): the classes it loads, linked, and the profiles of its
 * start-up, written by a training run that starts the service's context and exits before serving
 * ({@code -Dspring.context.exit=onRefresh}, Spring Boot's recipe), then mapped by every later start
 * ({@code -XX:AOTCache}). The training is a build step, as in the container image (ADR 0055): it runs once per
 * classpath and JVM options, and its file is named by a digest of both, so a rebuilt jar never meets an old cache.
 */
final class AotCache {

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
	 * output and the context's exit on refresh, and removes the service's older caches. A failed training leaves no
	 * file and the service starts without a cache.
	 * @return whether the cache exists now
	 */
	static boolean train(Path cache, List<String> command, Path log) {
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
			training.addAll(1, List.of("-XX:AOTCacheOutput=" + cache, "-Dspring.context.exit=onRefresh"));
			ProcessBuilder builder = new ProcessBuilder(training).redirectErrorStream(true).redirectOutput(log.toFile());
			builder.environment().put("MALLOC_ARENA_MAX", "2");
			Process process = builder.start();
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
