package org.ejd.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A real Keycloak 26 (the Quarkus distribution zip from Maven Central, unpacked once into a
 * cache folder) with the {@code ejd} realm of {@code infra/keycloak/ejd-realm.json} imported at
 * start, with the demo overlay {@code ejd-realm.demo-overlay.json} beside it (the {@code ejd-cli}
 * password-grant client of the tests and the local stack, which the production-like compose never
 * gets; ADR 0016). Its own store is in memory, so every start begins from the realm file.
 */
public final class KeycloakServer implements AutoCloseable {

	public static final String REALM = "ejd";

	/** The demo regional portal's realm, imported beside {@code ejd} (infra/keycloak/portal-realm.json). */
	public static final String PORTAL_REALM = "portal";

	public static final String ADMIN = "admin";

	/** The school the realm's {@code ejd-access-control} client is bound to in tests (its hardcoded {@code school_ids}). */
	public static final java.util.UUID ACCESS_CONTROL_SCHOOL = java.util.UUID.fromString("5c0e5c1d-0000-4000-8000-00000000ac01");

	/**
	 * The realm's client secrets, made anew for every run and handed to Keycloak through the
	 * environment the realm file reads them from: no secret of a running eJD is written anywhere.
	 */
	static final Map<String, String> CLIENT_SECRETS = Map.of(
			"EJD_IDENTITY_ADMIN_SECRET", randomSecret(),
			"EJD_PORTAL_SECRET", randomSecret(),
			"EJD_PORTAL_CLIENT_SECRET", randomSecret(),
			"EJD_FGIS_SECRET", randomSecret(),
			"EJD_ONEROSTER_SECRET", randomSecret(),
			"EJD_ONEROSTER_SCHOOL_SECRET", randomSecret(),
			"EJD_ACCESS_CONTROL_SECRET", randomSecret(),
			// not a secret: the one school the demo access-control client posts for (its token's school_ids)
			"EJD_ACCESS_CONTROL_SCHOOL_ID", ACCESS_CONTROL_SCHOOL.toString());

	static String randomSecret() {
		byte[] bytes = new byte[24];
		new java.security.SecureRandom().nextBytes(bytes);
		return java.util.HexFormat.of().formatHex(bytes);
	}

	private static final JsonMapper json = JsonMapper.builder().build();

	private final int port;

	private final AutoCloseable stop;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	/** One second of life, then the resource servers' 60 s of clock skew, and a second to spare. */
	private static final Duration EXPIRED_AFTER = Duration.ofSeconds(62);

	private static final String EXPIRING_PASSWORD = "User-pass-12";

	private @org.jspecify.annotations.Nullable Expiring expiring;

	/** Set for the server started here (not a container): {@link #pause()} freezes it. */
	private @org.jspecify.annotations.Nullable ChildProcess process;

	KeycloakServer(int port, AutoCloseable stop) {
		this.port = port;
		this.stop = stop;
	}

	static KeycloakServer start(Path workDir, Path realmFile) {
		return Infra.current() == Infra.CONTAINERS ? Containers.keycloak(realmFile) : embedded(workDir, realmFile);
	}

	private static KeycloakServer embedded(Path workDir, Path realmFile) {
		Path home = ownHome(unpacked(), workDir);
		int port = FreePorts.next();
		int managementPort = FreePorts.next();
		try {
			Path imports = home.resolve("data/import");
			Files.createDirectories(imports);
			writeDemoRealm(realmFile, imports.resolve("ejd-realm.json"));
			Files.copy(portalRealmFile(realmFile), imports.resolve("portal-realm.json"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, String> env = new LinkedHashMap<>();
		env.put("JAVA_HOME", System.getProperty("java.home"));
		env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
		env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN);
		env.putAll(ServerJvm.current().keycloakEnvironment()); // heap and collector: tests', or as a small region runs
		env.put("JAVA_OPTS_APPEND", "--add-opens=java.base/java.lang=ALL-UNNAMED");
		env.putAll(CLIENT_SECRETS);
		// the demo portal is a realm of the same server: the broker's front and back channels meet here
		env.put("EJD_KEYCLOAK_URL", "http://localhost:" + port);
		env.put("EJD_PORTAL_URL", "http://localhost:" + port + "/realms/" + PORTAL_REALM);
		env.put("EJD_PORTAL_BACKCHANNEL_URL", "http://localhost:" + port + "/realms/" + PORTAL_REALM);
		List<String> command = List.of(home.resolve("bin/kc.sh").toString(), "start-dev", "--import-realm",
				"--http-port=" + port, "--http-management-port=" + managementPort,
				"--hostname=http://localhost:" + port, "--db=dev-mem", "--cache=local", "--health-enabled=true");
		ChildProcess process = ChildProcess.start("keycloak", command, workDir, env);
		KeycloakServer keycloak = new KeycloakServer(port, process);
		keycloak.process = process;
		// a loaded shared build box may need longer: -Dejd.keycloak.ready-seconds=420
		process.awaitReady(Duration.ofSeconds(Long.getLong("ejd.keycloak.ready-seconds", 180)), keycloak::realmAnswers);
		return keycloak;
	}

	/**
	 * Freezes Keycloak: its port accepts connections but nothing answers, as with a hung or unreachable identity provider
	 * (tokens already issued stay valid where the signing keys are cached). {@link #resume()} brings it back.
	 */
	public void pause() {
		if (process == null) {
			throw new IllegalStateException("only a Keycloak started by the testkit (not a container) can be frozen");
		}
		process.pause();
	}

	public void resume() {
		if (process != null) {
			process.resume();
		}
	}

	/** Base URL, e.g. {@code http://localhost:34567}. */
	public String url() {
		return "http://localhost:" + port;
	}

	/** The {@code iss} of the realm's tokens. */
	public String issuerUri() {
		return url() + "/realms/" + REALM;
	}

	public String tokenUri() {
		return issuerUri() + "/protocol/openid-connect/token";
	}

	/** An access token by the resource-owner password grant of the {@code ejd-cli} client. */
	public String passwordToken(String username, String password) {
		JsonNode body = postForm(tokenUri(), Map.of("grant_type", "password", "client_id", "ejd-cli", "username",
				username, "password", password), null);
		return body.get("access_token").asString();
	}

	/** The secret of identity-service's admin client {@code ejd-identity-admin} in this run. */
	public String identityAdminSecret() {
		return CLIENT_SECRETS.get("EJD_IDENTITY_ADMIN_SECRET");
	}

	/** The secret of the demo regional portal's client {@code ejd-portal} in this run. */
	public String portalSecret() {
		return CLIENT_SECRETS.get("EJD_PORTAL_SECRET");
	}

	/** The secret of the region's OneRoster client {@code ejd-oneroster} in this run. */
	public String oneRosterSecret() {
		return CLIENT_SECRETS.get("EJD_ONEROSTER_SECRET");
	}

	/** A token of the demo regional portal's client {@code ejd-portal} (client credentials). */
	public String portalToken() {
		return clientToken("ejd-portal", CLIENT_SECRETS.get("EJD_PORTAL_SECRET"));
	}

	/**
	 * A token of the access-control client {@code ejd-access-control} (client credentials, realm role {@code access-control},
	 * bound to {@link #ACCESS_CONTROL_SCHOOL}).
	 */
	public String accessControlToken() {
		return clientToken("ejd-access-control", CLIENT_SECRETS.get("EJD_ACCESS_CONTROL_SECRET"));
	}

	/** The secret of the FGIS «Моя школа» client {@code ejd-fgis} in this run. */
	public String fgisSecret() {
		return CLIENT_SECRETS.get("EJD_FGIS_SECRET");
	}

	/**
	 * A token of the FGIS «Моя школа» client {@code ejd-fgis} (client credentials, realm role {@code fgis}) with the
	 * client scope {@code fgis.schedule} that {@code /Schedule} requires.
	 */
	public String fgisToken() {
		return postForm(tokenUri(), Map.of("grant_type", "client_credentials", "client_id", "ejd-fgis", "client_secret",
				fgisSecret(), "scope", "fgis.schedule"), null).get("access_token").asString();
	}

	/**
	 * Asks for an offline token (the password grant of {@code ejd-cli} with {@code scope=offline_access})
	 * and tells whether one came: Keycloak answers a refused or ignored scope with an ordinary refresh
	 * token, so the refresh token's {@code typ} decides.
	 */
	public boolean offlineTokenIssued(String username, String password) {
		String body = "grant_type=password&client_id=ejd-cli&scope=offline_access&username="
				+ URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(tokenUri()))
			.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build());
		if (response.statusCode() != 200) {
			return false;
		}
		String refresh = json.readTree(response.body()).path("refresh_token").asString();
		String[] parts = refresh.split("\\.");
		JsonNode claims = json.readTree(java.util.Base64.getUrlDecoder().decode(parts[1]));
		return "Offline".equals(claims.path("typ").asString());
	}

	/**
	 * A token of a OneRoster client ({@code ejd-oneroster} of a region, {@code ejd-oneroster-school} of one school) by
	 * client credentials, asking for these OneRoster scopes (the last segment, e.g. {@code roster.readonly}).
	 */
	public String oneRosterToken(String clientId, String... scopes) {
		String secret = CLIENT_SECRETS.get(clientId.equals("ejd-oneroster") ? "EJD_ONEROSTER_SECRET" : "EJD_ONEROSTER_SCHOOL_SECRET");
		String scope = java.util.Arrays.stream(scopes).map(s -> "https://purl.imsglobal.org/spec/or/v1p2/scope/" + s)
			.collect(Collectors.joining(" "));
		return postForm(tokenUri(), Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret,
				"scope", scope), null).get("access_token").asString();
	}

	/** An access token by client credentials (portals, identity-service's admin client). */
	public String clientToken(String clientId, String secret) {
		JsonNode body = postForm(tokenUri(),
				Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret), null);
		return body.get("access_token").asString();
	}

	/** Creates an enabled user with a password, realm roles and the eJD claims. */
	public String createUser(String username, String password, Collection<String> realmRoles, String personId,
			Collection<String> schoolIds) {
		return createUser(username, password, realmRoles, personId, schoolIds, List.of());
	}

	/**
	 * Creates an enabled user with a password, realm roles and the eJD claims, including the
	 * {@code region_codes} a region operator serves.
	 */
	public String createUser(String username, String password, Collection<String> realmRoles, String personId,
			Collection<String> schoolIds, Collection<String> regionCodes) {
		String admin = adminToken();
		Map<String, Object> user = new LinkedHashMap<>();
		user.put("username", username);
		user.put("enabled", true);
		user.put("firstName", username);
		user.put("lastName", "eJD");
		Map<String, List<String>> attributes = new LinkedHashMap<>();
		attributes.put("person_id", List.of(personId));
		attributes.put("school_ids", List.copyOf(schoolIds));
		if (!regionCodes.isEmpty()) {
			attributes.put("region_codes", List.copyOf(regionCodes));
		}
		user.put("attributes", attributes);
		user.put("credentials", List.of(Map.of("type", "password", "value", password, "temporary", false)));
		HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(url() + "/admin/realms/" + REALM + "/users"))
			.header("Authorization", "Bearer " + admin)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(user)))
			.build());
		if (created.statusCode() != 201) {
			throw new IllegalStateException("cannot create user " + username + ": " + created.statusCode() + " " + created.body());
		}
		String location = created.headers().firstValue("Location").orElseThrow();
		String id = location.substring(location.lastIndexOf('/') + 1);
		List<JsonNode> roles = new ArrayList<>();
		for (String role : realmRoles) {
			roles.add(getJson(url() + "/admin/realms/" + REALM + "/roles/" + role, admin));
		}
		HttpResponse<String> mapped = send(HttpRequest.newBuilder(
				URI.create(url() + "/admin/realms/" + REALM + "/users/" + id + "/role-mappings/realm"))
			.header("Authorization", "Bearer " + admin)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(roles)))
			.build());
		if (mapped.statusCode() / 100 != 2) {
			throw new IllegalStateException("cannot map roles of " + username + ": " + mapped.body());
		}
		return id;
	}

	/**
	 * Issues this server's expired token ({@link #expiredToken()}) now, so that its minute of clock skew runs while the
	 * tests start: {@link RealServers#keycloak()} calls it right after Keycloak is ready.
	 */
	synchronized void issueExpiringToken() {
		if (expiring == null) {
			String username = "expiring-" + java.util.UUID.randomUUID().toString().substring(0, 8);
			createUser(username, EXPIRING_PASSWORD, List.of("school-admin", "deputy-head", "region-operator"),
					java.util.UUID.randomUUID().toString(), List.of(java.util.UUID.randomUUID().toString()), List.of("51"));
			expiring = new Expiring(shortLivedToken(username, EXPIRING_PASSWORD), System.nanoTime());
		}
	}

	/**
	 * A real Keycloak token that has expired beyond the resource servers' 60 s of clock skew: a token of a school admin,
	 * deputy head and region operator of region 51 that lived one second, issued once per JVM when Keycloak started
	 * ({@link #issueExpiringToken()}). Waits only for what is left of its 62 s (nothing once the tests have run a minute).
	 */
	public String expiredToken() throws InterruptedException {
		issueExpiringToken();
		Expiring token = java.util.Objects.requireNonNull(expiring);
		long waitMillis = EXPIRED_AFTER.toMillis() - Duration.ofNanos(System.nanoTime() - token.issuedNanos()).toMillis();
		if (waitMillis > 0) {
			Thread.sleep(waitMillis);
		}
		return token.token();
	}

	/** A token and when it was issued ({@link System#nanoTime()}). */
	private record Expiring(String token, long issuedNanos) {
	}

	/**
	 * A token like {@link #passwordToken}'s that expires one second after it is issued, for tests of
	 * expired tokens: a copy of {@code ejd-cli} with that lifespan is made on first use. Resource
	 * servers allow 60 s of clock skew, so it is refused once a minute has passed.
	 */
	public synchronized String shortLivedToken(String username, String password) {
		String clientId = "ejd-cli-expiring";
		String admin = adminToken();
		String clients = url() + "/admin/realms/" + REALM + "/clients";
		if (getJson(clients + "?clientId=" + clientId, admin).isEmpty()) {
			ObjectNode client = (ObjectNode) getJson(clients + "?clientId=ejd-cli", admin).get(0);
			client.remove("id");
			client.put("clientId", clientId);
			client.put("name", "ejd-cli with one-second tokens (tests of expired tokens)");
			ObjectNode attributes = client.has("attributes") ? (ObjectNode) client.get("attributes") : client.putObject("attributes");
			attributes.put("access.token.lifespan", "1");
			for (JsonNode mapper : client.path("protocolMappers")) {
				((ObjectNode) mapper).remove("id");
			}
			HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(clients))
				.header("Authorization", "Bearer " + admin)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(client)))
				.build());
			if (created.statusCode() != 201) {
				throw new IllegalStateException("cannot create " + clientId + ": " + created.statusCode() + " " + created.body());
			}
		}
		return postForm(tokenUri(), Map.of("grant_type", "password", "client_id", clientId, "username", username, "password",
				password), null).get("access_token").asString();
	}

	/**
	 * Adds one exact redirect URI to a client of realm {@code ejd}: the reference diary page's client allows only exact
	 * addresses (ADR 0049), and the local stack's gateway gets a free port at each start.
	 */
	public synchronized void allowRedirect(String clientId, String redirectUri) {
		String admin = adminToken();
		String clients = url() + "/admin/realms/" + REALM + "/clients";
		ObjectNode client = (ObjectNode) getJson(clients + "?clientId=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8), admin).get(0);
		ArrayNode uris = client.has("redirectUris") ? (ArrayNode) client.get("redirectUris")
				: client.putArray("redirectUris");
		for (JsonNode uri : uris) {
			if (uri.asString().equals(redirectUri)) {
				return;
			}
		}
		uris.add(redirectUri);
		HttpResponse<String> updated = send(HttpRequest.newBuilder(URI.create(clients + "/" + client.get("id").asString()))
			.header("Authorization", "Bearer " + admin)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(client)))
			.build());
		if (updated.statusCode() != 204) {
			throw new IllegalStateException("cannot add a redirect URI to " + clientId + ": " + updated.statusCode() + " " + updated.body());
		}
	}

	/** A browser with no cookies yet, for the login pages (portal login, temporary passwords). */
	public KeycloakBrowser browser() {
		return new KeycloakBrowser(this);
	}

	/**
	 * Creates a user of the demo regional portal (realm {@code portal}, ADR 0009) and returns its id,
	 * which is the {@code sub} the portal's tokens carry and the portal sends when it links accounts.
	 */
	public String createPortalUser(String username, String password) {
		Map<String, Object> user = new LinkedHashMap<>();
		user.put("username", username);
		user.put("enabled", true);
		user.put("firstName", username);
		user.put("lastName", "Portal");
		user.put("email", username + "@portal.example");
		user.put("emailVerified", true);
		user.put("credentials", List.of(Map.of("type", "password", "value", password, "temporary", false)));
		HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(url() + "/admin/realms/" + PORTAL_REALM + "/users"))
			.header("Authorization", "Bearer " + adminToken())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(user)))
			.build());
		if (created.statusCode() != 201) {
			throw new IllegalStateException("cannot create portal user " + username + ": " + created.statusCode() + " " + created.body());
		}
		String location = created.headers().firstValue("Location").orElseThrow();
		return location.substring(location.lastIndexOf('/') + 1);
	}

	/** The id ({@code sub}) of a user of the demo portal's realm. */
	public String portalUserId(String username) {
		return getJson(url() + "/admin/realms/" + PORTAL_REALM + "/users?exact=true&username="
				+ URLEncoder.encode(username, StandardCharsets.UTF_8), adminToken()).get(0).get("id").asString();
	}

	/** The Keycloak user id of a login of realm {@code ejd}. */
	public String userId(String username) {
		return getJson(url() + "/admin/realms/" + REALM + "/users?exact=true&username="
				+ URLEncoder.encode(username, StandardCharsets.UTF_8), adminToken()).get(0).get("id").asString();
	}

	/** The identity providers a user of realm {@code ejd} is linked to, with the provider's user ids. */
	public JsonNode federatedIdentities(String username) {
		return getJson(url() + "/admin/realms/" + REALM + "/users/" + userId(username) + "/federated-identity", adminToken());
	}

	/** The demo overlay of the realm, beside {@code ejd-realm.json}: clients only the tests and the local stack have. */
	static Path demoOverlayFile(Path realmFile) {
		return realmFile.resolveSibling("ejd-realm.demo-overlay.json");
	}

	/**
	 * Writes the realm with the demo overlay's clients added (one of the same {@code clientId} is
	 * replaced): Keycloak imports whole realms only, so the overlay is merged before the import.
	 */
	static void writeDemoRealm(Path realmFile, Path target) {
		try {
			ObjectNode realm = (ObjectNode) json.readTree(realmFile.toFile());
			JsonNode overlay = json.readTree(demoOverlayFile(realmFile).toFile());
			ArrayNode clients = (ArrayNode) realm.get("clients");
			for (JsonNode client : overlay.get("clients")) {
				String clientId = client.get("clientId").asString();
				for (int i = clients.size() - 1; i >= 0; i--) {
					if (clientId.equals(clients.get(i).get("clientId").asString())) {
						clients.remove(i);
					}
				}
				clients.add(client);
			}
			Files.writeString(target, json.writeValueAsString(realm));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The realm of the demo regional portal, beside {@code ejd-realm.json}. */
	static Path portalRealmFile(Path realmFile) {
		return realmFile.resolveSibling("portal-realm.json");
	}

	/** A token of the bootstrap administrator of the master realm. */
	public String adminToken() {
		return postForm(url() + "/realms/master/protocol/openid-connect/token",
				Map.of("grant_type", "password", "client_id", "admin-cli", "username", ADMIN, "password", ADMIN), null)
			.get("access_token").asString();
	}

	private JsonNode getJson(String uri, String token) {
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(uri)).header("Authorization", "Bearer " + token).GET().build());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("GET " + uri + ": " + response.statusCode() + " " + response.body());
		}
		return json.readTree(response.body());
	}

	private JsonNode postForm(String uri, Map<String, String> form, String token) {
		String body = form.entrySet().stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		HttpResponse<String> response = send(request.build());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("POST " + uri + ": " + response.statusCode() + " " + response.body());
		}
		return json.readTree(response.body());
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private boolean realmAnswers() {
		try {
			HttpResponse<Void> response = http.send(
					HttpRequest.newBuilder(URI.create(issuerUri() + "/.well-known/openid-configuration")).timeout(Duration.ofSeconds(2)).build(),
					HttpResponse.BodyHandlers.discarding());
			return response.statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * A home of this run's own beside the shared distribution: its own {@code bin/kc.sh} (the script takes its home from
	 * where it lies) and {@code data/import}, the rest linked. With one shared {@code data/import}, runs started side by
	 * side (several worktrees on one machine) imported each other's realm files, whichever was written last.
	 */
	private static Path ownHome(Path shared, Path workDir) {
		Path home = workDir.resolve("home");
		try {
			Files.createDirectories(home.resolve("bin"));
			Files.createDirectories(home.resolve("data/import"));
			Path script = home.resolve("bin/kc.sh");
			Files.copy(shared.resolve("bin/kc.sh"), script, StandardCopyOption.REPLACE_EXISTING);
			script.toFile().setExecutable(true);
			for (String linked : List.of("lib", "conf", "providers", "themes", "version.txt")) {
				Path link = home.resolve(linked);
				if (Files.exists(shared.resolve(linked)) && !Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
					Files.createSymbolicLink(link, shared.resolve(linked));
				}
			}
			return home;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The distribution unpacked once per version into the cache folder; later starts reuse it. */
	static synchronized Path unpacked() {
		String version = System.getProperty("ejd.keycloak.version", "26.4.7");
		Path home = Locations.cacheDir().resolve("keycloak-" + version);
		if (Files.isRegularFile(home.resolve("bin/kc.sh"))) {
			return home;
		}
		Path zip = Locations.mavenArtifact("org.keycloak", "keycloak-quarkus-dist", version, "zip");
		Path staging = home.resolveSibling(home.getFileName() + ".unpacking-" + ProcessHandle.current().pid());
		String prefix = "keycloak-" + version + "/";
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				String name = entry.getName().startsWith(prefix) ? entry.getName().substring(prefix.length()) : entry.getName();
				if (name.isEmpty()) {
					continue;
				}
				Path target = staging.resolve(name).normalize();
				if (!target.startsWith(staging)) {
					throw new IOException("zip entry outside the target folder: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(target);
				}
				else {
					Files.createDirectories(target.getParent());
					Files.copy(new NonClosing(in), target, StandardCopyOption.REPLACE_EXISTING);
					if (name.endsWith(".sh")) {
						target.toFile().setExecutable(true);
					}
				}
			}
			try {
				Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (IOException raced) {
				if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
					throw raced;
				}
			}
			return home;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot unpack Keycloak from " + zip, ex);
		}
	}

	/** Keeps the zip stream open when Files.copy closes its source. */
	private static final class NonClosing extends java.io.FilterInputStream {

		NonClosing(InputStream in) {
			super(in);
		}

		@Override
		public void close() {
		}
	}

	@Override
	public void close() {
		try {
			stop.close();
		}
		catch (Exception ex) {
			// the JVM is going down
		}
	}
}
