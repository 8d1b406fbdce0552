package org.ejd.oneroster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.ejd.testkit.ApiClient;
import org.ejd.testkit.RealServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.JsonNode;

/** The OneRoster 1.2 rostering read: every collection and record in the standard's shape, limited to the client's schools. */
class RosteringIT extends OneRosterIT {

	@ParameterizedTest
	@CsvSource({ "orgs, orgs, org, Org", "schools, orgs, org, Org", "academicSessions, academicSessions, academicSession, AcademicSession",
			"terms, academicSessions, academicSession, AcademicSession", "gradingPeriods, academicSessions, academicSession, AcademicSession",
			"classes, classes, class, Class", "courses, courses, course, Course", "users, users, user, User",
			"students, users, user, User", "teachers, users, user, User", "enrollments, enrollments, enrollment, Enrollment" })
	void everyCollectionAndEachOfItsRecordsMatchTheOneRosterSchemas(String path, String wrapper, String single, String type) {
		Scene scene = scene("51");
		ApiClient.Response all = api().get(ROSTERING + path + "?limit=50&filter=" + q(schoolFilter(path, scene)), regionToken());
		assertThat(all.status()).as(all.body()).isEqualTo(200);
		assertValid("list." + wrapper, all.json());
		JsonNode records = all.json().get(wrapper);
		assertThat(records.size()).as(path).isPositive();
		assertThat(all.headers()).containsKey("x-total-count");
		for (JsonNode record : records) {
			ApiClient.Response one = api().get(ROSTERING + path + "/" + record.get("sourcedId").asString(), regionToken());
			assertThat(one.status()).as(one.body()).isEqualTo(200);
			assertValid("single." + single, one.json());
			assertThat(one.json().get(single)).isEqualTo(record);
		}
	}

	@Test
	void aStudentIsAUserWithTheirSchoolAsPrimaryOrgAndEnrolledInEachClassOfTheirClassGroup() {
		Scene scene = scene("51");
		JsonNode user = api().get(ROSTERING + "students/" + scene.student(), regionToken()).json().get("user");
		assertThat(user.get("givenName").asString()).isEqualTo("Анна");
		assertThat(user.get("familyName").asString()).isEqualTo("Петрова");
		assertThat(user.get("middleName").asString()).isEqualTo("Сергеевна");
		assertThat(user.at("/roles/0/role").asString()).isEqualTo("student");
		assertThat(user.at("/roles/0/org/sourcedId").asString()).isEqualTo(scene.school().toString());

		JsonNode enrollments = api().get(ROSTERING + "enrollments?filter=" + q("role='student'") + "&limit=50", regionToken())
			.json().get("enrollments");
		JsonNode mine = null;
		for (JsonNode e : enrollments) {
			if (e.at("/user/sourcedId").asString().equals(scene.student().toString())) {
				mine = e;
			}
		}
		assertThat(mine).as("the student's enrollment").isNotNull();
		assertThat(mine.at("/class/sourcedId").asString()).isEqualTo(classId(scene));
		JsonNode clazz = api().get(ROSTERING + "classes/" + classId(scene), regionToken()).json().get("class");
		assertThat(clazz.get("title").asString()).isEqualTo("5 А Математика");
		assertThat(clazz.at("/course/sourcedId").asString()).isEqualTo(scene.subject().toString());
		assertThat(ids(clazz.get("terms"))).contains(scene.period().toString());
		assertThat(api().get(ROSTERING + "teachers/" + scene.teacher(), regionToken()).json().at("/user/roles/0/role").asString())
			.isEqualTo("teacher");
	}

	@Test
	void pagesCarryTheTotalAndLinksAndALargeLimitIsClamped() {
		UUID school = school("51");
		scene(school);
		scene(school);
		scene(school);
		String filter = "&filter=" + q("familyName='Петрова'");
		ApiClient.Response first = api().get(ROSTERING + "students?limit=2&offset=0&sort=sourcedId" + filter, regionToken());
		long total = Long.parseLong(first.headers().get("x-total-count"));
		assertThat(total).isGreaterThanOrEqualTo(3);
		assertThat(first.json().get("users").size()).isEqualTo(2);
		assertThat(first.headers().get("link")).contains("rel=\"next\"").contains("rel=\"last\"").contains("rel=\"first\"")
			.doesNotContain("rel=\"prev\"");
		ApiClient.Response second = api().get(ROSTERING + "students?limit=2&offset=2&sort=sourcedId" + filter, regionToken());
		assertThat(second.headers().get("link")).contains("rel=\"prev\"");
		assertThat(ids(second.json().get("users"))).doesNotContainAnyElementsOf(ids(first.json().get("users")));

		ApiClient.Response huge = api().get(ROSTERING + "users?limit=100000", regionToken());
		assertThat(huge.status()).isEqualTo(200);
		assertThat(huge.json().get("users").size()).isLessThanOrEqualTo(50);
		assertThat(huge.headers().get("x-oneroster-limit")).isEqualTo("50");
	}

	@Test
	void filterSortAndFieldsFollowTheOneRosterQueryLanguage() {
		Scene scene = scene("51");
		ApiClient.Response byName = api().get(ROSTERING + "users?filter=" + q("familyName='Смирнова' AND role='teacher'")
				+ "&sort=familyName&orderBy=desc&fields=sourcedId,familyName&limit=50", regionToken());
		assertThat(byName.status()).as(byName.body()).isEqualTo(200);
		assertThat(ids(byName.json().get("users"))).contains(scene.teacher().toString());
		JsonNode first = byName.json().get("users").get(0);
		assertThat(first.propertyNames()).containsExactly("sourcedId", "familyName");

		ApiClient.Response contains = api().get(ROSTERING + "schools?filter=" + q("name~'" + scene.school().toString().substring(0, 4)
				+ "'"), regionToken());
		assertThat(ids(contains.json().get("orgs"))).contains(scene.school().toString());

		ApiClient.Response recent = api().get(ROSTERING + "users?limit=50&filter=" + q("dateLastModified>'2000-01-01T00:00:00Z'"),
				regionToken());
		assertThat(recent.status()).isEqualTo(200);
		assertThat(recent.json().get("users").size()).isPositive();
	}

	@Test
	void badFiltersSortsAndPagesAreRefusedWithTheImsxEnvelope() {
		assertImsx(api().get(ROSTERING + "users?filter=" + q("shoeSize='42'"), regionToken()), 400, "invalid_filter_field");
		assertImsx(api().get(ROSTERING + "users?filter=" + q("familyName=Smith"), regionToken()), 400, "invalid_filter_field");
		assertImsx(api().get(ROSTERING + "users?filter=" + q("familyName='a' AND givenName='b' OR role='student'"), regionToken()),
				400, "invalid_filter_field");
		assertImsx(api().get(ROSTERING + "users?filter=" + q("dateLastModified>'yesterday'"), regionToken()), 400,
				"invalid_filter_field");
		assertImsx(api().get(ROSTERING + "users?sort=shoeSize", regionToken()), 400, "invaliddata");
		assertImsx(api().get(ROSTERING + "users?limit=-1", regionToken()), 400, "invaliddata");
		assertImsx(api().get(ROSTERING + "users?orderBy=sideways", regionToken()), 400, "invaliddata");
		assertImsx(api().get(ROSTERING + "users?fields=" + "a".repeat(1001), regionToken()), 400, "invaliddata");
		assertImsx(api().get(ROSTERING + "users/" + "a".repeat(201), regionToken()), 400, "invaliddata");
	}

	@Test
	void aClientSeesNothingOfAnotherRegionAndAnUnknownIdIsNotFound() {
		Scene foreign = scene("77");
		assertImsx(api().get(ROSTERING + "students/" + foreign.student(), regionToken()), 404, "unknownobject");
		assertImsx(api().get(ROSTERING + "schools/" + foreign.school(), regionToken()), 404, "unknownobject");
		assertImsx(api().get(ROSTERING + "classes/" + classId(foreign), regionToken()), 404, "unknownobject");
		assertThat(ids(api().get(ROSTERING + "orgs?limit=50&filter=" + q("type='state'"), regionToken()).json().get("orgs")))
			.hasSize(1);
		assertImsx(api().get(ROSTERING + "users/" + UUID.randomUUID(), regionToken()), 404, "unknownobject");
		assertImsx(api().get(ROSTERING + "users/not-an-id", regionToken()), 404, "unknownobject");
		assertThat(api().get(ROSTERING + "users?filter=" + q("sourcedId='" + foreign.student() + "'"), regionToken())
			.json().get("users").size()).isZero();
	}

	@Test
	void aSchoolClientSeesItsOwnSchoolOnly() {
		Scene own = scene(school(BOUND_SCHOOL, "51"));
		Scene other = scene("51");
		String token = token("ejd-oneroster-school", "roster.readonly");
		assertThat(api().get(ROSTERING + "students/" + own.student(), token).status()).isEqualTo(200);
		assertImsx(api().get(ROSTERING + "students/" + other.student(), token), 404, "unknownobject");
		assertThat(ids(api().get(ROSTERING + "schools", token).json().get("orgs"))).containsExactly(BOUND_SCHOOL.toString());
	}

	@Test
	void noTokenAWrongClientOrAMissingScopeIsRefusedWithTheImsxEnvelope() {
		assertImsx(api().get(ROSTERING + "users", null), 401, "unauthorisedrequest");
		assertImsx(api().get(ROSTERING + "users", "not.a.token"), 401, "unauthorisedrequest");
		// the regional portal's client is no OneRoster client: no OneRoster scope in its token
		assertImsx(api().get(ROSTERING + "users", RealServers.keycloak().portalToken()), 403, "forbidden");
		// a OneRoster token with gradebook scopes only
		assertImsx(api().get(ROSTERING + "users", token("ejd-oneroster", "gradebook.readonly")), 403, "forbidden");
	}

	/** Narrows a collection to the scene's school, so that other tests' records do not crowd the page. */
	private static String schoolFilter(String path, Scene scene) {
		return switch (path) {
			case "orgs", "schools" -> "sourcedId='" + scene.school() + "'";
			case "academicSessions", "terms", "gradingPeriods" -> "title~'" + "'";
			case "users", "students", "teachers" -> "sourcedId='" + (path.equals("teachers") ? scene.teacher() : scene.student()) + "'";
			case "enrollments" -> "beginDate>='2026-09-01'";
			default -> "title~'Математика'";
		};
	}
}
