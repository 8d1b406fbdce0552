package org.ejd.journal;

import static org.assertj.core.api.Assertions.assertThat;

import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.OpenApiDocuments;
import org.junit.jupiter.api.Test;

/** The API description journal serves is the one committed in docs/openapi/journal.json (ADR 0025), with every operation's texts (ADR 0053). */
class OpenApiDocumentIT extends JournalIT {

	@Test
	void theServedApiDescriptionIsTheCommittedOne() {
		Response docs = api().get("/v3/api-docs", null);
		assertThat(docs.status()).isEqualTo(200);
		OpenApiDocuments.assertMatchesCommitted("journal", docs.body());
	}

	@Test
	void everyOperationHasItsRussianAndEnglishTextsAndEveryTextItsOperation() {
		Response docs = api().get("/v3/api-docs", null);
		assertThat(docs.status()).isEqualTo(200);
		OpenApiDocuments.assertEveryOperationHasItsTexts(docs.body());
		assertThat(docs.json().get("paths").get("/api/journal/marks").get("post").get("summary").asString()).isEqualTo("Выставить оценку");
	}
}
