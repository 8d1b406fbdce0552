package org.ejd.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.ejd.testkit.ApiClient;
import org.ejd.testkit.LimitRule;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** A person's in-app feed: their own messages only, newest first, paged by cursor; unread count; read. */
class FeedIT extends NotificationIT {

	static final String FEED = "/api/notifications/me/feed";

	@Test
	void aMotherPagesHerFeedAndMarksAMessageRead() {
		UUID school = school("Europe/Moscow");
		Family family = family(school, "Europe/Moscow");
		for (String value : new String[] { "3", "4", "5" }) {
			markPosted(UUID.randomUUID(), family.student(), school, value);
		}
		messagesOf(family.guardian(), 6);
		String token = token("guardian", family.guardian(), school);

		ApiClient.Response first = api().get(FEED + "?limit=2", token);
		assertThat(first.status()).isEqualTo(200);
		JsonNode page = first.json();
		assertThat(page.get("items")).hasSize(2);
		assertThat(page.get("unread").asInt()).isEqualTo(3);
		assertThat(page.get("items").get(0).get("subject").asString()).startsWith("Пётр: отметка");
		assertThat(first.headers().get("link")).as("the next page as every list links it (ADR 0025)")
			.isEqualTo("<" + FEED + "?cursor=" + page.get("nextCursor").asString() + "&limit=2>; rel=\"next\"");
		ApiClient.Response last = api().get(FEED + "?limit=2&cursor=" + page.get("nextCursor").asString(), token);
		JsonNode second = last.json();
		assertThat(second.get("items")).hasSize(1);
		assertThat(second.get("nextCursor").isNull()).isTrue();
		assertThat(last.headers()).doesNotContainKey("link");

		String id = page.get("items").get(0).get("id").asString();
		assertThat(api().post(FEED + "/" + id + "/read", token, null).status()).isEqualTo(204);
		assertThat(api().get(FEED + "/unread", token).json().get("unread").asInt()).isEqualTo(2);
	}

	@Test
	void aPersonCannotReadOrMarkAnotherFamilysMessages() {
		UUID school = school("Europe/Moscow");
		Family family = family(school, "Europe/Moscow");
		markPosted(UUID.randomUUID(), family.student(), school, "5");
		String messageId = awaitStatus(family.guardian(), "app", "SENT").get("id").toString();
		String stranger = token("guardian", UUID.randomUUID(), school);

		assertThat(api().get(FEED, stranger).json().get("items")).isEmpty();
		ApiClient.Response refused = api().post(FEED + "/" + messageId + "/read", stranger, null);
		assertThat(refused.status()).isEqualTo(404);
		assertThat(refused.isProblem()).isTrue();
	}

	@Test
	void aLimitOutsideOneToTheCapIsRefusedNamingTheCapInRussianAndEnglish() {
		String token = token("guardian", UUID.randomUUID(), UUID.randomUUID());

		LimitRule.assertRefusedBeyond(api(), FEED, token, 100);
		assertThat(api().get(FEED + "?limit=1000", token).json().get("detail").asString())
			.isEqualTo("Параметр limit должен быть от 1 до 100: больше 100 записей за раз список не отдаёт, следующую страницу даёт ссылка next.");
	}
}
