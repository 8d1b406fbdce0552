package org.ejd.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signs in to Keycloak's login pages as a browser does: the {@code ejd-web} client's authorization
 * code flow with PKCE, following redirects, keeping cookies and filling the forms. For what only a
 * browser reaches: a login brokered through the regional portal (ADR 0009), a temporary password
 * that must be changed. One instance is one browser: cookies (the SSO sessions) stay between calls.
 */
public final class KeycloakBrowser {

	/** Where the flow ends: a redirect URI the {@code ejd-web} client allows; nothing needs to answer there. */
	public static final String CALLBACK = "http://localhost/ejd-callback";

	private static final Pattern FORM = Pattern.compile("<form[^>]*\\baction=\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);

	private final KeycloakServer keycloak;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final JsonMapper json = JsonMapper.builder().build();

	// Keycloak sets its cookies Secure (SameSite=None); browsers send them to http://localhost, and so do we
	private final List<Cookie> cookies = new ArrayList<>();

	KeycloakBrowser(KeycloakServer keycloak) {
		this.keycloak = keycloak;
	}

	/** What a sign-in ended with: an access token of realm {@code ejd}, or the page Keycloak stopped at. */
	public record Outcome(String accessToken, int status, String page) {

		public boolean signedIn() {
			return accessToken != null;
		}

		/** The token's claims, decoded (Keycloak issued it to us directly, so not verified here). */
		public JsonNode claims() {
			String payload = accessToken.split("\\.")[1];
			return JsonMapper.builder().build().readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
		}
	}

	/** Signs in on the diary's own login page; if Keycloak asks for a new password, gives {@code newPassword}. */
	public Outcome signIn(String username, String password, String newPassword) {
		Flow flow = start(Map.of());
		HttpResponse<String> page = flow.follow(get(flow.authorizeUri));
		page = flow.follow(submit(page, Map.of("username", username, "password", password)));
		if (newPassword != null && page.statusCode() == 200 && page.body().contains("password-new")) {
			page = flow.follow(submit(page, Map.of("password-new", newPassword, "password-confirm", newPassword)));
		}
		return flow.finish(page);
	}

	/**
	 * «Перейти в дневник» on the portal: the diary's login goes straight to the portal
	 * ({@code kc_idp_hint=regional-portal}), which asks for the portal password unless this browser
	 * already has a portal session; back in realm {@code ejd}, a linked portal account opens its diary
	 * account, an unlinked one is refused.
	 */
	public Outcome signInThroughPortal(String portalUsername, String portalPassword) {
		Flow flow = start(Map.of("kc_idp_hint", "regional-portal"));
		HttpResponse<String> page = flow.follow(get(flow.authorizeUri));
		if (page.statusCode() == 200 && page.body().contains("name=\"password\"")) {
			page = flow.follow(submit(page, Map.of("username", portalUsername, "password", portalPassword)));
		}
		return flow.finish(page);
	}

	/**
	 * Signs in to a registered app (its own public client, A8) with PKCE: {@code approve} answers the consent screen with
	 * Yes, else the outcome is the consent page itself. The token is the one the app would get.
	 */
	public Outcome signInToApp(String clientId, String redirectUri, String username, String password, boolean approve) {
		Flow flow = start(clientId, redirectUri, Map.of());
		HttpResponse<String> page = flow.follow(get(flow.authorizeUri));
		if (!page.body().contains("name=\"password\"")) {
			return new Outcome(null, page.statusCode(), text(page.body())); // no login page: a disabled or unknown client
		}
		page = flow.follow(submit(page, Map.of("username", username, "password", password)));
		if (page.statusCode() == 200 && page.body().contains("name=\"accept\"")) {
			if (!approve) {
				return new Outcome(null, page.statusCode(), text(page.body()));
			}
			Map<String, String> fields = new LinkedHashMap<>(hiddenFields(page.body()));
			fields.put("accept", "Yes");
			page = flow.follow(submit(page, fields));
		}
		return flow.finish(page);
	}

	private static final Pattern HIDDEN = Pattern.compile(
			"<input[^>]*type=\"hidden\"[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

	private static Map<String, String> hiddenFields(String page) {
		Map<String, String> fields = new LinkedHashMap<>();
		Matcher hidden = HIDDEN.matcher(page);
		while (hidden.find()) {
			fields.put(hidden.group(1), hidden.group(2).replace("&amp;", "&"));
		}
		return fields;
	}

	private Flow start(Map<String, String> extra) {
		return start("ejd-web", CALLBACK, extra);
	}

	private Flow start(String clientId, String callback, Map<String, String> extra) {
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		String challenge;
		try {
			challenge = Base64.getUrlEncoder().withoutPadding()
				.encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		Map<String, String> query = new LinkedHashMap<>();
		query.put("client_id", clientId);
		query.put("redirect_uri", callback);
		query.put("response_type", "code");
		query.put("scope", "openid");
		query.put("code_challenge", challenge);
		query.put("code_challenge_method", "S256");
		query.put("state", verifier.substring(0, 12));
		query.putAll(extra);
		return new Flow(URI.create(keycloak.issuerUri() + "/protocol/openid-connect/auth?" + form(query)), verifier, clientId, callback);
	}

	private final class Flow {

		final URI authorizeUri;

		final String verifier;

		String code;

		final String clientId;

		final String callback;

		Flow(URI authorizeUri, String verifier, String clientId, String callback) {
			this.authorizeUri = authorizeUri;
			this.verifier = verifier;
			this.clientId = clientId;
			this.callback = callback;
		}

		/** Follows redirects until a page, or until the callback (whose code it keeps). */
		HttpResponse<String> follow(HttpResponse<String> response) {
			for (int hops = 0; hops < 20 && response.statusCode() / 100 == 3; hops++) {
				URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
				if (next.toString().startsWith(callback)) {
					code = query(next).get("code");
					return response;
				}
				response = get(next);
			}
			return response;
		}

		Outcome finish(HttpResponse<String> last) {
			if (code == null) {
				return new Outcome(null, last.statusCode(), text(last.body()));
			}
			HttpResponse<String> tokens = post(URI.create(keycloak.tokenUri()), Map.of("grant_type", "authorization_code",
					"client_id", clientId, "code", code, "redirect_uri", callback, "code_verifier", verifier));
			if (tokens.statusCode() != 200) {
				throw new IllegalStateException("code exchange refused: " + tokens.body());
			}
			return new Outcome(json.readTree(tokens.body()).get("access_token").asString(), 200, "");
		}
	}

	private HttpResponse<String> submit(HttpResponse<String> page, Map<String, String> fields) {
		Matcher form = FORM.matcher(page.body());
		if (!form.find()) {
			throw new IllegalStateException("no form on the page (" + page.statusCode() + "): " + text(page.body()));
		}
		return post(page.uri().resolve(form.group(1).replace("&amp;", "&")), fields);
	}

	private HttpResponse<String> get(URI uri) {
		return send(HttpRequest.newBuilder(uri).GET());
	}

	private HttpResponse<String> post(URI uri, Map<String, String> fields) {
		return send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form(fields))));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		HttpRequest built = request.build();
		String cookie = cookiesFor(built.uri());
		if (!cookie.isEmpty()) {
			request.header("Cookie", cookie);
		}
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			response.headers().allValues("Set-Cookie").forEach(this::keep);
			return response;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private record Cookie(String name, String value, String path) {
	}

	private void keep(String header) {
		String[] parts = header.split(";");
		int eq = parts[0].indexOf('=');
		String name = parts[0].substring(0, eq).strip();
		String value = parts[0].substring(eq + 1).strip();
		String path = "/";
		boolean expired = false;
		for (int i = 1; i < parts.length; i++) {
			String attribute = parts[i].strip().toLowerCase();
			if (attribute.startsWith("path=")) {
				path = parts[i].strip().substring(5);
			}
			if (attribute.startsWith("max-age=0") || attribute.startsWith("expires=thu, 01 jan 1970")) {
				expired = true;
			}
		}
		String cookiePath = path;
		cookies.removeIf(c -> c.name().equals(name) && c.path().equals(cookiePath));
		if (!expired && !value.isEmpty()) {
			cookies.add(new Cookie(name, value, path));
		}
	}

	/** The most specific path wins per name, as browsers order them first. */
	private String cookiesFor(URI uri) {
		String path = uri.getPath() == null ? "/" : uri.getPath();
		Map<String, String> chosen = new LinkedHashMap<>();
		cookies.stream().filter(c -> path.startsWith(c.path()))
			.sorted((a, b) -> b.path().length() - a.path().length())
			.forEach(c -> chosen.putIfAbsent(c.name(), c.value()));
		return chosen.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
	}

	private static String form(Map<String, String> fields) {
		return fields.entrySet().stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private static Map<String, String> query(URI uri) {
		Map<String, String> values = new LinkedHashMap<>();
		if (uri.getRawQuery() != null) {
			for (String pair : uri.getRawQuery().split("&")) {
				int eq = pair.indexOf('=');
				if (eq > 0) {
					values.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
				}
			}
		}
		return values;
	}

	/** The page as a person reads it: without tags, scripts and extra spaces. */
	private static String text(String html) {
		return html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("(?s)<style.*?</style>", " ")
			.replaceAll("<[^>]+>", " ").replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&")
			.replaceAll("\\s+", " ").strip();
	}
}
