package org.ejd.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.ejd.platform.refusal.Refusal;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.UncategorizedSQLException;

class DatabaseRefusalTest {

	@Test
	void aTriggersRefusalBecomesAConflictWithTheKeyItRaised() {
		SQLException raised = new SQLException("ERROR: journal.year.closed\n  Detail: 5b9f… 2026-11-20\n  Where: PL/pgSQL function",
				ProblemAdvice.DATABASE_REFUSAL);
		Refusal refusal = ProblemAdvice.databaseRefusal(new UncategorizedSQLException("insert into mark", "insert", raised))
			.orElseThrow();
		assertThat(refusal.kind()).isEqualTo(Refusal.Kind.CONFLICT);
		assertThat(refusal.messageKey()).isEqualTo("journal.year.closed");
	}

	@Test
	void theSeverityInTheServersLanguageDoesNotHideTheKey() {
		SQLException raised = new SQLException("ОШИБКА: journal.year.closed", ProblemAdvice.DATABASE_REFUSAL);
		assertThat(ProblemAdvice.databaseRefusal(raised).orElseThrow().messageKey()).isEqualTo("journal.year.closed");
	}

	@Test
	void aBatchsRefusalNamesTheKeyAfterTheStatement() {
		SQLException raised = new SQLException("Batch entry 0 insert into mark (id, school_id) values ('1', '2') was aborted: "
				+ "ERROR: journal.year.closed\n  Detail: 2026-11-20  Call getNextException to see other errors in the batch.",
				ProblemAdvice.DATABASE_REFUSAL);
		assertThat(ProblemAdvice.databaseRefusal(raised).orElseThrow().messageKey()).isEqualTo("journal.year.closed");
	}

	@Test
	void anyOtherDatabaseFailureIsNoRefusal() {
		SQLException broken = new SQLException("ERROR: relation \"mark\" does not exist", "42P01");
		assertThat(ProblemAdvice.databaseRefusal(new UncategorizedSQLException("select", "select", broken))).isEmpty();
	}
}
