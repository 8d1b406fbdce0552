package org.ejd.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.Test;

/**
 * The Kafka ACLs come from contracts/topics.json in one place; compose's init script and the Strimzi users are written
 * from it (run {@code KafkaAcls.main} from the repository root after changing the catalogue).
 */
class KafkaAclsTest {

	@Test
	void aServiceWritesOnlyTheTopicsItProducesAndTheDeadLettersOfThoseItConsumes() {
		List<String> written = KafkaAcls.grants("diary-service").stream()
			.filter(g -> g.type() == ResourceType.TOPIC && g.operations().contains(AclOperation.WRITE))
			.map(KafkaAcls.Grant::name)
			.toList();
		assertThat(written).contains("diary.forecasts.v1", "diary.complaints.v1", "journal.marks.v1.dlt",
				"identity.representations.v1.dlt");
		assertThat(written).doesNotContain("journal.marks.v1", "identity.representations.v1", "consent.records.v1");
		assertThat(written).allMatch(t -> t.startsWith("diary.") || t.endsWith(".dlt"));
	}

	@Test
	void aServiceReadsOnlyWhatItConsumesInGroupsNamedAfterItself() {
		List<KafkaAcls.Grant> grants = KafkaAcls.grants("consent-service");
		assertThat(grants).filteredOn(g -> g.operations().contains(AclOperation.READ) && g.type() == ResourceType.TOPIC)
			.extracting(KafkaAcls.Grant::name)
			.contains("identity.persons.v1", "notification.contacts.v1")
			.doesNotContain("journal.marks.v1", "consent.records.v1");
		assertThat(grants).filteredOn(g -> g.type() == ResourceType.GROUP)
			.singleElement()
			.satisfies(g -> assertThat(g.name()).isEqualTo("consent-"));
	}

	@Test
	void everyServiceOfTheCatalogueIsAUser() {
		assertThat(KafkaAcls.services()).containsExactly("consent-service", "diary-service", "identity-service",
				"journal-service", "notification-service", "oneroster-service");
	}

	@Test
	void composeInitScriptIsWrittenFromTheCatalogue() throws IOException {
		assertThat(Files.readString(ComposeFileTest.repositoryFile("infra/kafka/acls.sh")))
			.as("infra/kafka/acls.sh differs from contracts/topics.json: run org.ejd.testkit.KafkaAcls from the repository root")
			.isEqualTo(KafkaAcls.composeScript());
	}

	@Test
	void strimziUsersAreWrittenFromTheCatalogue() throws IOException {
		assertThat(Files.readString(ComposeFileTest.repositoryFile("infra/k8s/operators/strimzi-kafka-users.yaml")))
			.as("strimzi-kafka-users.yaml differs from contracts/topics.json: run org.ejd.testkit.KafkaAcls from the repository root")
			.isEqualTo(KafkaAcls.strimziUsers());
	}
}
