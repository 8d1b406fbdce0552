package org.ejd.perf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StackProcessesTest {

	@Test
	void aPostgresBackendIsLabelledByTheDatabaseItServesAndTheServersOwnProcessesAsBackground() {
		assertThat(StackProcesses.postgres("postgres: postgres journal 127.0.0.1(60214) idle   ")).isEqualTo("postgres: journal");
		assertThat(StackProcesses.postgres("postgres: postgres diary [local] SELECT")).isEqualTo("postgres: diary");
		assertThat(StackProcesses.postgres("postgres: checkpointer        ")).isEqualTo("postgres: background");
		assertThat(StackProcesses.postgres("postgres: autovacuum launcher")).isEqualTo("postgres: background");
		assertThat(StackProcesses.postgres("/opt/pg/bin/postgres -D /tmp/data -p 50133")).isEqualTo("postgres: background");
	}

	@Test
	void aServiceIsLabelledByItsApplicationClassAndTheServersByTheirMainClass() {
		assertThat(StackProcesses.label("java -Xmx160m -cp a.jar org.ejd.journal.JournalApplication")).isEqualTo("journal-service");
		assertThat(StackProcesses.label("java -cp g.jar org.ejd.gateway.GatewayApplication")).isEqualTo("gateway");
		assertThat(StackProcesses.label("java -cp k.jar kafka.Kafka server.properties")).isEqualTo("kafka");
		assertThat(StackProcesses.label("java -cp x io.gatling.app.Gatling -s Sim")).isEqualTo("gatling");
		assertThat(StackProcesses.label("java -cp greenmail.jar Smtp")).isEqualTo("other (SMTP, SMPP, tools)");
	}

	@Test
	void everyPostgresLabelIsTheOneServerWithItsDatabaseAndAnyOtherLabelIsItselfWithNone() {
		assertThat(StackProcesses.process("postgres: journal")).isEqualTo("postgres");
		assertThat(StackProcesses.process("postgres: background")).isEqualTo("postgres");
		assertThat(StackProcesses.process("kafka")).isEqualTo("kafka");
		assertThat(StackProcesses.database("postgres: diary")).contains("diary");
		assertThat(StackProcesses.database("postgres: background")).contains("background");
		assertThat(StackProcesses.database("journal-service")).isEmpty();
	}
}
