package org.ejd.platform.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.Duration;
import java.util.List;

import org.ejd.testkit.Eventually;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationListener;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.util.unit.DataSize;

class UploadAutoConfigurationTest {

	@Test
	void aServiceThatTakesUploadsHasTheDetectionLoadedAfterReadiness() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(UploadAutoConfiguration.class))
			.run(context -> assertThat(context).hasSingleBean(UploadAutoConfiguration.ContentDetectionAfterReadiness.class));
	}

	/** In a class loader of its own, so that no other test has loaded the detection before. */
	@Test
	void makingARuleLeavesTheDetectionUnloadedAndTheReadyEventLoadsIt() throws Exception {
		try (Isolated loader = new Isolated()) {
			Class<?> rule = loader.loadClass(UploadRule.class.getName());
			Method prepared = rule.getDeclaredMethod("prepared");
			prepared.setAccessible(true);
			rule.getConstructor(DataSize.class, List.class, String.class).newInstance(DataSize.ofKilobytes(1),
					UploadRule.DOCUMENTS_AND_PICTURES, "journal.attachment");

			assertThat(prepared.invoke(null)).as("a service makes its rules while it starts: no Tika yet").isEqualTo(false);

			Constructor<?> listener = loader.loadClass(UploadAutoConfiguration.ContentDetectionAfterReadiness.class.getName())
				.getDeclaredConstructor();
			listener.setAccessible(true);
			@SuppressWarnings("unchecked")
			var afterReadiness = (ApplicationListener<ApplicationReadyEvent>) listener.newInstance();
			try (GenericApplicationContext context = new GenericApplicationContext()) {
				context.refresh();
				afterReadiness.onApplicationEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0], context,
						Duration.ZERO));
			}
			assertThat(Eventually.until(() -> (Boolean) invoke(prepared), loaded -> loaded, Duration.ofSeconds(30))).isTrue();
		}
	}

	private static Object invoke(Method method) {
		try {
			return method.invoke(null);
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Loads this package's classes itself, everything else from the test's loader. */
	private static final class Isolated extends URLClassLoader {

		Isolated() {
			super(new URL[] { UploadRule.class.getProtectionDomain().getCodeSource().getLocation() },
					UploadAutoConfigurationTest.class.getClassLoader());
		}

		@Override
		protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
			if (!name.startsWith(UploadRule.class.getPackageName() + ".") || name.endsWith("Test")) {
				return super.loadClass(name, resolve);
			}
			synchronized (getClassLoadingLock(name)) {
				Class<?> loaded = findLoadedClass(name);
				return loaded != null ? loaded : findClass(name);
			}
		}
	}
}
