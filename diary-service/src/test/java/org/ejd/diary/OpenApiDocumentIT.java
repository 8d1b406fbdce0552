package org.ejd.diary;

import static org.assertj.core.api.Assertions.assertThat;

import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.OpenApiDocuments;
import org.junit.jupiter.api.Test;

/** The API description diary serves is the one committed in docs/openapi/diary.json (ADR 0025), with every operation's texts (ADR 0053). */
class OpenApiDocumentIT extends DiaryIT {

	@Test
	void theServedApiDescriptionIsTheCommittedOne() {
		Response docs = api().get("/v3/api-docs", null);
		assertThat(docs.status()).isEqualTo(200);
		OpenApiDocuments.assertMatchesCommitted("diary", docs.body());
	}

	@Test
	void everyOperationHasItsRussianAndEnglishTextsAndEveryTextItsOperation() {
		Response docs = api().get("/v3/api-docs", null);
		assertThat(docs.status()).isEqualTo(200);
		OpenApiDocuments.assertEveryOperationHasItsTexts(docs.body());
		assertThat(docs.json().get("paths").get("/api/diary/students/{studentId}/week").get("get").get("summary").asString())
			.isEqualTo("Неделя дневника");
	}

	@Test
	void theFgisScheduleRequiresItsScopeInTheDocument() {
		Response docs = api().get("/v3/api-docs", null);
		assertThat(docs.json().get("paths").get("/Schedule/{esiaId}").get("get").get("security").get(0).get("keycloak").get(0).asString())
			.isEqualTo("fgis.schedule");
	}
}
