package org.ejd.oneroster;

import static org.assertj.core.api.Assertions.assertThat;

import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.OpenApiDocuments;
import org.junit.jupiter.api.Test;

/** The API description oneroster-service serves is the one committed in docs/openapi/oneroster.json (ADR 0025). */
class OpenApiDocumentIT extends OneRosterIT {

	@Test
	void theServedApiDescriptionIsTheCommittedOne() {
		Response docs = api().get("/v3/api-docs", null);
		assertThat(docs.status()).isEqualTo(200);
		OpenApiDocuments.assertMatchesCommitted("oneroster", docs.body());
	}
}
