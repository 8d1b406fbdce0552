package org.ejd.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import tools.jackson.databind.json.JsonMapper;

class BodyLimitFilterTest {

	private final BodyLimitFilter filter = new BodyLimitFilter(
			new BodyLimitFilter.Limits(DataSize.ofKilobytes(1), DataSize.ofKilobytes(8), List.of("/api/journal/lessons/*/attachments")),
			new StaticMessageSource(), new AcceptHeaderLocaleResolver(), JsonMapper.builder().build());

	@Test
	void aBodyOverTheLimitIsRefusedAs413ProblemBeforeAnythingReadsIt() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/journal/marks");
		request.setContent(new byte[2048]);
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(request, response, chain);
		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).contains("problem.body-too-large");
		assertThat(chain.getRequest()).as("the service never saw it").isNull();
	}

	@Test
	void uploadPathsTakeTheLargerCeiling() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/journal/lessons/42/attachments");
		request.setContent(new byte[4096]);
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(request, response, chain);
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(chain.getRequest()).isNotNull();
	}
}
