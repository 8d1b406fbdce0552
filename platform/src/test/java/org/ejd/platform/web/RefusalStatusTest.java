package org.ejd.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.ejd.platform.refusal.Refusal;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class RefusalStatusTest {

	@Test
	void everyRefusalIsAClientErrorExceptAServerThatIsDown() {
		for (Refusal.Kind kind : Refusal.Kind.values()) {
			HttpStatus status = ProblemAdvice.statusOf(kind);
			if (kind == Refusal.Kind.UNAVAILABLE) {
				assertThat(status).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
			}
			else {
				assertThat(status.is4xxClientError()).as(kind.name()).isTrue();
			}
		}
	}

	@Test
	void theKindsMapToTheStatusesTheServicesAnsweredBefore() {
		assertThat(ProblemAdvice.statusOf(Refusal.Kind.UNKNOWN)).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(ProblemAdvice.statusOf(Refusal.Kind.NOT_ALLOWED)).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(ProblemAdvice.statusOf(Refusal.Kind.INVALID)).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(ProblemAdvice.statusOf(Refusal.Kind.AGAINST_RULE)).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(ProblemAdvice.statusOf(Refusal.Kind.CONFLICT)).isEqualTo(HttpStatus.CONFLICT);
		assertThat(ProblemAdvice.statusOf(Refusal.Kind.STALE)).isEqualTo(HttpStatus.PRECONDITION_FAILED);
		assertThat(ProblemAdvice.statusOf(Refusal.Kind.NO_LONGER_VALID)).isEqualTo(HttpStatus.GONE);
		assertThat(ProblemAdvice.statusOf(Refusal.Kind.TOO_MANY_ATTEMPTS)).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
	}
}
