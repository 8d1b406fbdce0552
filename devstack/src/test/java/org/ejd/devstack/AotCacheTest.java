package org.ejd.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A service's AOT cache is named by what it was trained on, so a rebuilt jar or other options never meet an old one. */
class AotCacheTest {

	@TempDir
	Path dir;

	@Test
	void aRebuiltJarOrOtherJvmOptionsGetAnotherCacheTheSameGetTheSame() throws IOException {
		Path jar = Files.writeString(dir.resolve("journal-service.jar"), "one");
		List<String> options = List.of("-Xmx384m", "-XX:+UseSerialGC");
		Path cache = AotCache.file(dir, "journal-service", options, jar.toString());

		assertThat(AotCache.file(dir, "journal-service", options, jar.toString())).isEqualTo(cache);
		assertThat(cache.getFileName().toString()).matches("journal-service-[0-9a-f]{16}\\.aot");
		assertThat(AotCache.file(dir, "journal-service", List.of("-Xmx512m", "-XX:+UseSerialGC"), jar.toString())).isNotEqualTo(cache);

		Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-12-01T06:00:00Z")));
		assertThat(AotCache.file(dir, "journal-service", options, jar.toString())).isNotEqualTo(cache);
	}

	@Test
	void aClasspathWithAFolderOfClassesGetsNoCacheForTheJdkMakesNoneFromIt() throws IOException {
		Path jar = Files.writeString(dir.resolve("a.jar"), "jar");
		Path classes = Files.createDirectories(dir.resolve("classes"));
		Files.writeString(classes.resolve("A.class"), "class");
		String withFolder = classes + java.io.File.pathSeparator + jar;

		assertThat(AotCache.supported(withFolder)).isFalse();
		assertThat(AotCache.supported(jar.toString())).isEqualTo(Runtime.version().feature() >= 25);
	}

	@Test
	void anExistingCacheIsUsedWithoutTrainingAgain() throws IOException {
		Path cache = Files.writeString(dir.resolve("gateway-0123456789abcdef.aot"), "trained");

		// a command that would fail: it must not run at all
		assertThat(AotCache.train(cache, List.of("/nonexistent/java"), dir.resolve("training.log"), process -> {
			throw new AssertionError("trained again");
		})).isTrue();
		assertThat(dir.resolve("training.log")).doesNotExist();
	}

	@Test
	void theTrainingRunsUntilTheServiceIsStartedThenItsStopWritesTheCache() throws Exception {
		assumeTrue(Runtime.version().feature() >= 25, "AOT caches from one training run need JDK 25");
		Path cache = dir.resolve("sleeper-0123456789abcdef.aot");
		Files.writeString(dir.resolve("sleeper-fedcba9876543210.aot"), "an older build's");
		Path log = dir.resolve("training.log");
		List<String> untilStarted = new java.util.ArrayList<>();

		boolean trained = AotCache.train(cache, sleeper(), log, process -> {
			awaitLine(log, "started");
			untilStarted.add(process.isAlive() ? "alive when started" : "gone");
		});

		assertThat(untilStarted).containsExactly("alive when started");
		assertThat(trained).isTrue();
		assertThat(cache).isNotEmptyFile();
		assertThat(dir.resolve("sleeper-fedcba9876543210.aot")).doesNotExist();
	}

	@Test
	void aServiceThatNeverStartsLeavesNoCacheAndIsStopped() throws Exception {
		Path cache = dir.resolve("sleeper-0123456789abcdef.aot");
		Process[] training = new Process[1];

		boolean trained = AotCache.train(cache, sleeper(), dir.resolve("training.log"), process -> {
			training[0] = process;
			throw new IllegalStateException("not ready within 4 minutes");
		});

		assertThat(trained).isFalse();
		assertThat(cache).doesNotExist();
		assertThat(training[0].isAlive()).isFalse();
	}

	/** java -cp sleeper.jar Sleeper: prints "started", then waits to be stopped, as a service does. */
	private List<String> sleeper() throws IOException {
		Path source = Files.writeString(dir.resolve("Sleeper.java"),
				"public class Sleeper { public static void main(String[] a) throws Exception { System.out.println(\"started\"); Thread.sleep(120_000); } }");
		Path classes = Files.createDirectories(dir.resolve("classes"));
		int compiled = javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), source.toString());
		assertThat(compiled).isZero();
		Path jar = dir.resolve("sleeper.jar");
		try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
			out.putNextEntry(new java.util.jar.JarEntry("Sleeper.class"));
			out.write(Files.readAllBytes(classes.resolve("Sleeper.class")));
			out.closeEntry();
		}
		return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", jar.toString(), "Sleeper");
	}

	private static void awaitLine(Path log, String line) {
		long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
		while (System.nanoTime() < deadline) {
			try {
				if (Files.exists(log) && Files.readAllLines(log).contains(line)) {
					return;
				}
				Thread.sleep(50);
			}
			catch (IOException ex) {
				// written while read
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new IllegalStateException("not started within 60 s");
	}
}
