package org.ejd.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.method.HandlerMethod;

class DeprecationHeadersTest {

	@Test
	void aDeprecatedOperationAnswersWithDeprecationSunsetAndItsSuccessor() throws Exception {
		MockHttpServletResponse response = call("old");
		assertThat(response.getHeader("Deprecation")).isEqualTo("@1798156800"); // 2026-12-25T00:00:00Z
		assertThat(response.getHeader("Sunset")).isEqualTo("Fri, 25 Jun 2027 00:00:00 GMT");
		assertThat(response.getHeader("Link")).isEqualTo("</api/diary/students/{studentId}/marks>; rel=\"successor-version\"");
	}

	@Test
	void anOperationInGoodStandingAnswersWithoutThem() throws Exception {
		MockHttpServletResponse response = call("current");
		assertThat(response.getHeaderNames()).doesNotContain("Deprecation", "Sunset", "Link");
	}

	private static MockHttpServletResponse call(String method) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		new DeprecationHeaders().preHandle(new MockHttpServletRequest(), response,
				new HandlerMethod(new Operations(), Operations.class.getDeclaredMethod(method)));
		return response;
	}

	static class Operations {

		@ApiDeprecation(since = "2026-12-25", sunset = "2027-06-25", successor = "/api/diary/students/{studentId}/marks")
		void old() {
		}

		void current() {
		}
	}
}
