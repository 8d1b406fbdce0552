package org.ejd.devstack;

import static org.assertj.core.api.Assertions.assertThat;

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
		assertThat(AotCache.train(cache, List.of("/nonexistent/java"), dir.resolve("training.log"))).isTrue();
		assertThat(dir.resolve("training.log")).doesNotExist();
	}
}
