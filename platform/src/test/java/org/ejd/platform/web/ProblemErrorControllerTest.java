package org.ejd.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * What reaches the error page from a filter that fails for another reason than a database that is down: 500. The database
 * case (503 with Retry-After) is proven against a real PostgreSQL refusing connections in diary-service's DiaryDegradationIT.
 */
class ProblemErrorControllerTest {

	private final ProblemErrorController errors = new ProblemErrorController(messages(),
			new FixedLocaleResolver(WebPlatformAutoConfiguration.RUSSIAN), JsonMapper.builder().build());

	@Test
	void anyOtherFailureOfAFilterStaysA500() throws Exception {
		MockHttpServletRequest request = failedWith(new IllegalStateException("a bug"));
		MockHttpServletResponse response = new MockHttpServletResponse();

		errors.error(request, response);

		assertThat(response.getStatus()).isEqualTo(500);
		assertThat(response.getHeader("Retry-After")).isNull();
		assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("problem.internal");
	}

	private static MockHttpServletRequest failedWith(Throwable failure) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/error");
		request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);
		request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, failure);
		return request;
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("ejd-platform-messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}
}
