package org.ejd.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.ejd.testkit.ApiClient.Response;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** A5: region operators are registry staff of their regions; their accounts carry the regions, not schools. */
class RegionOperatorsIT extends IdentityIT {

	@Test
	void anOperatorAppointsAColleagueOfItsRegionWhoseAccountServesThatRegionOnly() {
		String murmansk = regionOperatorToken("51");
		Response appointed = api().post("/api/identity/regions/51/operators", murmansk,
				Map.of("lastName", "Смирнова", "firstName", "Ольга", "middleName", "Петровна"));
		assertThat(appointed.status()).as(appointed.toString()).isEqualTo(201);
		assertThat(appointed.json().get("kind").asString()).isEqualTo("staff");
		assertThat(appointed.json().hasNonNull("schoolId")).isFalse();
		String colleague = appointed.json().get("id").asString();

		String login = unique("operator");
		Response account = api().post("/api/identity/persons/" + colleague + "/account", murmansk,
				Map.of("username", login, "password", "Operator-pass-1"));
		assertThat(account.status()).as(account.toString()).isEqualTo(201);
		JsonNode claims = AccessCodesIT.claims(login(login, "Operator-pass-1"));
		assertThat(claims.get("realm_access").get("roles").toString()).contains("region-operator");
		assertThat(claims.get("region_codes").toString()).isEqualTo("[\"51\"]");
		assertThat(claims.path("school_ids").toString()).doesNotContain("-");
		JsonNode opened = event("identity.accounts.v1", "identity.account.opened", colleague);
		assertThat(opened.get("data").get("roles").toString()).isEqualTo("[\"region-operator\"]");

		String token = login(login, "Operator-pass-1");
		assertThat(api().post("/api/identity/regions/51/municipalities", token, Map.of("name", unique("Кольский округ"))).status())
			.as("the new operator works in region 51").isEqualTo(201);
		assertThat(api().post("/api/identity/regions/39/municipalities", token, Map.of("name", unique("Чужой округ"))).status())
			.as("and nowhere else").isEqualTo(403);

		Response reset = api().post("/api/identity/persons/" + colleague + "/account/password-reset", murmansk, null);
		assertThat(reset.status()).as("an operator does not reset a peer's password (issue 12)").isEqualTo(403);
		assertThat(reset.json().get("code").asString()).isEqualTo("identity.account.operator-reset-by-peer");
	}

	@Test
	void nobodyButAnOperatorOfTheRegionAppointsOrManagesItsOperators() {
		String murmansk = regionOperatorToken("51");
		String kaliningrad = regionOperatorToken("39");
		Map<String, String> name = Map.of("lastName", "Орлов", "firstName", "Игорь");
		Response otherRegion = api().post("/api/identity/regions/51/operators", kaliningrad, name);
		assertThat(otherRegion.status()).isEqualTo(403);
		assertThat(otherRegion.isProblem()).isTrue();
		Desk desk = newSchool(murmansk, "Школа без права назначать операторов");
		assertThat(api().post("/api/identity/regions/51/operators", desk.admin(), name).status()).isEqualTo(403);
		assertThat(api().post("/api/identity/regions/99/operators", regionOperatorToken("99"), name).status())
			.as("no region 99").isEqualTo(404);
		assertThat(api().post("/api/identity/regions/51/operators", murmansk, Map.of("firstName", "Без фамилии")).status())
			.isEqualTo(400);

		String colleague = created(api().post("/api/identity/regions/51/operators", murmansk, name));
		assertThat(api().post("/api/identity/persons/" + colleague + "/account", kaliningrad,
				Map.of("username", unique("stolen"), "password", "Stolen-pass-1")).status()).as("another region's operator").isEqualTo(404);
		assertThat(api().post("/api/identity/persons/" + colleague + "/account", desk.admin(),
				Map.of("username", unique("stolen"), "password", "Stolen-pass-1")).status()).as("a school admin").isEqualTo(404);
		assertThat(api().post("/api/identity/persons/" + colleague + "/account", murmansk,
				Map.of("username", unique("orlov"), "password", "Orlov-pass-1")).status()).isEqualTo(201);
		assertThat(api().post("/api/identity/persons/" + colleague + "/account/lock", kaliningrad, null).status()).isEqualTo(404);
		assertThat(api().post("/api/identity/persons/" + colleague + "/account/lock", murmansk, null).status()).isEqualTo(200);
	}
}
