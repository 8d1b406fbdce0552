package org.ejd.platform.upload;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;

/**
 * In a service that takes uploads (Tika on its classpath), the content detection of {@link UploadRule} is loaded right
 * after the service is ready, on a thread of its own: off the start's path, and before the first upload needs it
 * (docs/adr/0094).
 */
@AutoConfiguration
@ConditionalOnClass(name = "org.apache.tika.Tika")
public class UploadAutoConfiguration {

	@Bean
	ContentDetectionAfterReadiness contentDetectionAfterReadiness() {
		return new ContentDetectionAfterReadiness();
	}

	/** Loads the detection once the service is ready. */
	static final class ContentDetectionAfterReadiness implements ApplicationListener<ApplicationReadyEvent> {

		@Override
		public void onApplicationEvent(ApplicationReadyEvent event) {
			Thread.ofVirtual().name("upload-detection-load").start(UploadRule::prepare);
		}
	}
}
