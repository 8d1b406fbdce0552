package org.ejd.oneroster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.ejd.testkit.RealServers;
import org.junit.jupiter.api.Test;

/** A school's OneRoster 1.2 CSV: a zip with manifest.csv, bulk or delta, for the school's IT or a bound client. */
class CsvExportIT extends OneRosterIT {

	private static final String CSV = "/ims/oneroster/csv/v1p2/schools/";

	@Test
	void aBulkExportHoldsTheManifestAndEveryRosterAndGradebookFileOfTheSchool() throws Exception {
		Scene scene = scene("51");
		Download zip = download(CSV + scene.school(), regionToken());
		assertThat(zip.status()).isEqualTo(200);
		assertThat(zip.files()).containsKeys("manifest.csv", "orgs.csv", "academicSessions.csv", "courses.csv", "classes.csv",
				"users.csv", "roles.csv", "enrollments.csv", "categories.csv", "lineItems.csv", "results.csv", "scoreScales.csv");
		String manifest = zip.files().get("manifest.csv");
		assertThat(manifest).startsWith("propertyName,value\r\n").contains("manifest.version,1.0").contains("oneroster.version,1.2")
			.contains("file.users,bulk").contains("file.results,bulk").contains("file.demographics,absent");
		String users = zip.files().get("users.csv");
		assertThat(users.lines().findFirst().orElseThrow()).startsWith("sourcedId,status,dateLastModified,enabledUser,username");
		assertThat(users).contains(scene.student() + ",,,true," + scene.student()).contains("Анна,Петрова,Сергеевна");
		assertThat(zip.files().get("roles.csv")).contains(scene.student() + ",primary,student,,," + scene.school());
		assertThat(zip.files().get("enrollments.csv")).contains(classId(scene) + "," + scene.school() + "," + scene.student() + ",student");
		assertThat(zip.files().get("classes.csv")).contains("5 А Математика");
		assertThat(zip.files().get("results.csv")).contains(scene.mark() + ",,,");
		assertThat(zip.files().get("orgs.csv")).doesNotContain(UUID.randomUUID().toString());
	}

	@Test
	void aDeltaHoldsOnlyWhatChangedSinceWithStatusAndDate() throws Exception {
		Scene scene = scene("51");
		Download later = download(CSV + scene.school() + "?since=" + q("2999-01-01T00:00:00Z"), regionToken());
		assertThat(later.files().get("manifest.csv")).contains("file.users,delta");
		assertThat(later.files().get("users.csv").lines().count()).as("the header only").isEqualTo(1);
		Download earlier = download(CSV + scene.school() + "?since=" + q("2000-01-01T00:00:00Z"), regionToken());
		assertThat(earlier.files().get("users.csv")).contains(scene.student() + ",active,");
	}

	@Test
	void theSchoolsAdminMayExportItAndNobodyElse() throws Exception {
		Scene scene = scene("51");
		String username = "it-" + UUID.randomUUID().toString().substring(0, 8);
		RealServers.keycloak().createUser(username, "User-pass-12", List.of("school-admin"), UUID.randomUUID().toString(),
				List.of(scene.school().toString()));
		String admin = RealServers.keycloak().passwordToken(username, "User-pass-12");
		assertThat(download(CSV + scene.school(), admin).files()).containsKey("results.csv");

		Scene other = scene("51");
		assertImsx(api().get(CSV + other.school(), admin), 404, "unknownobject");
		Scene foreign = scene("77");
		assertImsx(api().get(CSV + foreign.school(), regionToken()), 404, "unknownobject");
		assertImsx(api().get(CSV + scene.school(), null), 401, "unauthorisedrequest");
		assertImsx(api().get(CSV + scene.school() + "?since=yesterday", regionToken()), 400, "invaliddata");
		assertImsx(api().get(CSV + scene.school(), token("ejd-oneroster", "gradebook.readonly")), 403, "forbidden");
		Download rosterOnly = download(CSV + scene.school(), token("ejd-oneroster", "roster.readonly"));
		assertThat(rosterOnly.files()).containsKey("users.csv").doesNotContainKey("results.csv");
		assertThat(rosterOnly.files().get("manifest.csv")).contains("file.results,absent");
	}

	private Download download(String path, String token) throws IOException, InterruptedException {
		HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		Map<String, String> files = new LinkedHashMap<>();
		if (response.statusCode() == 200) {
			try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body()), StandardCharsets.UTF_8)) {
				for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
					files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
				}
			}
		}
		return new Download(response.statusCode(), files);
	}

	record Download(int status, Map<String, String> files) {
	}
}
