package org.ejd.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import org.ejd.platform.events.EventContracts;
import org.ejd.testkit.MovableClock;
import org.ejd.testkit.ApiClient;
import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.Envelopes;
import org.ejd.testkit.EventProbe;
import org.ejd.testkit.Eventually;
import org.ejd.testkit.RealServers;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Base of identity-service's tests against real PostgreSQL, Kafka and Keycloak. */
@SpringBootTest(classes = IdentityApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MovableBusinessClock.class)
abstract class IdentityIT {

	/** identity's clock: real time unless a test moves it; back to real time after each test. */
	static final MovableClock CLOCK = new MovableClock();

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		RealServers.register(registry, "identity");
		// the tests' portal serves the tests' regions (Murmansk, Kaliningrad); "52" stays foreign to it
		registry.add("ejd.identity.portal-regions.clients.ejd-portal", () -> "51,39");
	}

	@LocalServerPort
	int port;

	/** Actuator (health, Prometheus) listens here, not on the API port. */
	@LocalManagementPort
	int managementPort;

	@AfterEach
	void clockBackToNow() {
		CLOCK.reset();
	}

	ApiClient api() {
		return ApiClient.local(port);
	}

	ApiClient management() {
		return ApiClient.local(managementPort);
	}

	/** The region the tests' schools are in unless a test says otherwise: Murmansk oblast. */
	static final String REGION = "51";

	private static final Map<String, String> MUNICIPALITIES = new ConcurrentHashMap<>();

	/** An operator of the tests' region, made directly in Keycloak: the one account eJD does not issue itself. */
	static String regionOperatorToken() {
		return regionOperatorToken(REGION);
	}

	/** An operator of these regions (claim {@code region_codes}). */
	static String regionOperatorToken(String... regionCodes) {
		String username = "region-" + UUID.randomUUID().toString().substring(0, 8);
		RealServers.keycloak().createUser(username, "Region-pass-1", List.of("region-operator"), UUID.randomUUID().toString(),
				List.of(), List.of(regionCodes));
		return RealServers.keycloak().passwordToken(username, "Region-pass-1");
	}

	/** A regional portal's token: client credentials of {@code ejd-portal} (realm role {@code portal}). */
	static String portalToken() {
		return RealServers.keycloak().portalToken();
	}

	/** A link request's body with the assertion the tests' portal signs for it (ADR 0043). */
	Map<String, Object> signed(Map<String, ?> body) {
		return PortalSigner.asserted(api(), body);
	}

	static String login(String username, String password) {
		return RealServers.keycloak().passwordToken(username, password);
	}

	/** A school of the tests' municipality (its region's time zone). */
	Map<String, Object> school(String name) {
		return Map.of("name", name, "municipalityId", municipality(REGION, "ЗАТО г. Североморск"));
	}

	/** The id of the region's municipality of that name, registered by an operator of the region the first time a test needs it. */
	String municipality(String regionCode, String name) {
		return MUNICIPALITIES.computeIfAbsent(regionCode + "/" + name, key -> {
			for (JsonNode known : api().get("/api/identity/regions/" + regionCode + "/municipalities", portalToken()).json()) {
				if (known.get("name").asString().equals(name)) {
					return known.get("id").asString();
				}
			}
			return created(api().post("/api/identity/regions/" + regionCode + "/municipalities", regionOperatorToken(regionCode),
					Map.of("name", name)));
		});
	}

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** A new school registered by a region operator, with its admin signed in. */
	Desk newSchool(String region, String name) {
		String schoolId = created(api().post("/api/identity/schools", region, school(name)));
		String adminId = created(api().post("/api/identity/schools/" + schoolId + "/staff", region,
				Map.of("lastName", "Петрова", "firstName", "Анна", "roles", List.of("school-admin"))));
		String adminLogin = unique("admin");
		assertThat(api().post("/api/identity/persons/" + adminId + "/account", region,
				Map.of("username", adminLogin, "password", "Admin-pass-1")).status()).isEqualTo(201);
		return new Desk(schoolId, adminId, login(adminLogin, "Admin-pass-1"));
	}

	String student(Desk desk, LocalDate birthDate) {
		return created(api().post("/api/identity/schools/" + desk.schoolId() + "/students", desk.admin(),
				Map.of("lastName", "Иванов", "firstName", "Пётр", "birthDate", birthDate.toString())));
	}

	String guardian(Desk desk) {
		return created(api().post("/api/identity/schools/" + desk.schoolId() + "/guardians", desk.admin(),
				Map.of("lastName", "Иванова", "firstName", "Мария", "middleName", "Сергеевна", "snils", randomSnils())));
	}

	String represent(Desk desk, String guardianId, String studentId) {
		return created(api().post("/api/identity/representations", desk.admin(),
				Map.of("guardianId", guardianId, "studentId", studentId, "basis", "parent")));
	}

	/** Issues the person an account at the desk; returns the login. */
	String issueAccount(Desk desk, String personId, String password) {
		String login = unique("holder");
		Response issued = api().post("/api/identity/persons/" + personId + "/account", desk.admin(),
				Map.of("username", login, "password", password));
		assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
		return login;
	}

	/** The event of this type and key on the topic, checked against its contract. */
	static JsonNode event(String topic, String type, String key) {
		JsonNode event = JsonMapper.builder().build().readTree(EventProbe.await(topic,
				r -> r.key().equals(key) && r.value().contains(type), Duration.ofSeconds(30)).value());
		new EventContracts().validate(topic, event);
		return event;
	}

	/**
	 * The school issues the application's code on the printed letter; the code as the holder reads it
	 * off the letter (the JSON answer never carries it).
	 */
	String codeFromLetter(String token, String application) {
		HttpResponse<byte[]> letter = pdf(token, "/api/identity/applications/" + application + "/codes");
		assertThat(letter.statusCode()).as(new String(letter.body(), StandardCharsets.UTF_8)).isEqualTo(201);
		Matcher printed = CODE.matcher(pdfText(letter.body()));
		assertThat(printed.find()).as("the code is printed").isTrue();
		return printed.group();
	}

	static final Pattern CODE = Pattern.compile("([0-9A-Z]{4}-){4}[0-9A-Z]{4}");

	/** POST with {@code Accept: application/pdf}: the printable letter (or a problem). */
	HttpResponse<byte[]> pdf(String token, String path) {
		try {
			return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Authorization", "Bearer " + token)
				.header("Accept", "application/pdf")
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static String pdfText(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** Per person, as consent-service numbers a person's changes: a consumer refuses a version far ahead of the last (ADR 0059). */
	private static final Map<UUID, AtomicLong> CONSENT_VERSIONS = new ConcurrentHashMap<>();

	private static long nextConsentVersion(UUID person) {
		return CONSENT_VERSIONS.computeIfAbsent(person, p -> new AtomicLong()).incrementAndGet();
	}

	/**
	 * consent-service announces a verified contact of the person ({@code consent.contact.verified}), as it
	 * does once a code was confirmed; identity keeps its masked form. Waits until identity has it.
	 */
	void verifiedContact(String personId, String channel, String masked) {
		UUID person = UUID.fromString(personId);
		long version = nextConsentVersion(person);
		EventProbe.send("consent.preferences.v1", personId, Envelopes.envelope("/ejd/consent-service", "consent.contact.verified",
				personId, null, version, Map.of("contactId", UUID.randomUUID(), "personId", person, "channel", channel,
						"destination", "email".equals(channel) ? "mother@example.org" : "+79001234567", "maskedDestination", masked,
						"verifiedBy", "code", "verifiedAt", Instant.now().toString())));
		Eventually.until(() -> identityDb.sql("select count(*) from contact_on_file where person_id = ? and version = ?")
			.params(person, version).query(Integer.class).single(), n -> n == 1, Duration.ofSeconds(30));
	}

	/**
	 * consent-service records the person's written (paper) consent to the processing of personal data, or its
	 * withdrawal ({@code consent.consent.recorded}); waits until identity has it (C4).
	 */
	void consentRecorded(String personId, boolean given) {
		UUID person = UUID.fromString(personId);
		long version = nextConsentVersion(person);
		String decision = given ? "given" : "withdrawn";
		String now = Instant.now().toString();
		EventProbe.send("consent.records.v1", personId, Envelopes.envelope("/ejd/consent-service", "consent.consent.recorded",
				personId, null, version, Map.of("recordId", UUID.randomUUID(), "personId", person, "personRole", "guardian",
						"givenBy", person, "decision", decision, "textVersion", "2026-1", "channel", "paper",
						"registeredBy", UUID.randomUUID(), "recordedAt", now,
						"state", Map.of("status", decision, "processingAllowed", given, "textVersion", "2026-1", "since", now))));
		Eventually.until(() -> identityDb.sql("select count(*) from consent_on_file where person_id = ? and version = ?")
			.params(person, version).query(Integer.class).single(), n -> n == 1, Duration.ofSeconds(30));
	}

	/** A guardian of the school whose SNILS is on file: registered, their written consent recorded, the SNILS added (C4). */
	String guardianWithSnils(Desk desk, String lastName, String firstName, String snils) {
		return guardianWithSnils(desk, lastName, firstName, "", snils);
	}

	String guardianWithSnils(Desk desk, String lastName, String firstName, String middleName, String snils) {
		Map<String, Object> body = new java.util.HashMap<>(Map.of("lastName", lastName, "firstName", firstName, "snils", snils));
		if (!middleName.isEmpty()) {
			body.put("middleName", middleName);
		}
		String guardian = created(api().post("/api/identity/schools/" + desk.schoolId() + "/guardians", desk.admin(), body));
		consentRecorded(guardian, true);
		Response added = api().send("PUT", "/api/identity/persons/" + guardian + "/snils", desk.admin(), Map.of("snils", snils), Map.of());
		assertThat(added.status()).as(added.toString()).isEqualTo(200);
		return guardian;
	}

	@Autowired
	JdbcClient identityDb;

	/** The text of the message identity handed over for delivery in the event of this type and key. */
	static String sentMessage(String topic, String type, String key) {
		JsonNode message = event(topic, type, key).get("data").get("message");
		assertThat(message).as("a message for the holder").isNotNull();
		return message.get("text").asString();
	}

	/** The id of what a 201 answer created. */
	static String created(Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json().get("id").asString();
	}

	/** A SNILS nobody has yet, with a valid checksum. */
	static String randomSnils() {
		while (true) {
			String first = String.format("%09d", ThreadLocalRandom.current().nextInt(2_000_000, 999_999_999));
			int sum = 0;
			for (int i = 0; i < 9; i++) {
				sum += (first.charAt(i) - '0') * (9 - i);
			}
			int check = sum < 100 ? sum : sum == 100 || sum == 101 ? 0 : sum % 101;
			if (check == 100) {
				check = 0;
			}
			String snils = first + String.format("%02d", check);
			if (org.ejd.identity.people.Snils.isValid(snils)) {
				return snils;
			}
		}
	}

	/** A school and its signed-in admin. */
	record Desk(String schoolId, String adminId, String admin) {
	}
}
