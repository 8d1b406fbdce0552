package org.ejd.identity.applications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ejd.identity.applications.domain.AccessApplication.Status;
import org.junit.jupiter.api.Test;

class AccessApplicationTest {

	@Test
	void anOpenApplicationIsOverdueOnlyAfterItsDeadlineDay() {
		AccessApplication open = application(Status.OPEN);
		assertThat(open.statusOn(LocalDate.parse("2026-11-27"))).isEqualTo("open");
		assertThat(open.statusOn(LocalDate.parse("2026-11-28"))).isEqualTo("overdue");
	}

	@Test
	void answeredApplicationsAreNeverOverdue() {
		assertThat(application(Status.CODE_ISSUED).statusOn(LocalDate.parse("2027-01-01"))).isEqualTo("code-issued");
		assertThat(application(Status.REFUSED).statusOn(LocalDate.parse("2027-01-01"))).isEqualTo("refused");
	}

	private static AccessApplication application(Status status) {
		return new AccessApplication(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
				AccessApplication.Applicant.GUARDIAN, AccessApplication.Channel.DESK, "admin", "ejd-cli",
				Instant.parse("2026-11-20T07:00:00Z"), LocalDate.parse("2026-11-20"), LocalDate.parse("2026-11-27"), status,
				status == Status.REFUSED ? "нет документов" : null, null, null, 1);
	}
}
