package org.ejd.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for tests, as a third-party front-end would call the API. Never throws on 4xx/5xx. */
public final class ApiClient {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final String baseUrl;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	public ApiClient(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	public static ApiClient local(int port) {
		return new ApiClient("http://localhost:" + port);
	}

	public Response get(String path, @Nullable String token) {
		return send("GET", path, token, null, Map.of());
	}

	public Response post(String path, @Nullable String token, @Nullable Object body) {
		return send("POST", path, token, body, Map.of());
	}

	public Response delete(String path, @Nullable String token) {
		return send("DELETE", path, token, null, Map.of());
	}

	public Response send(String method, String path, @Nullable String token, @Nullable Object body, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		headers.forEach(request::header);
		if (body != null) {
			request.header("Content-Type", "application/json");
			String text = body instanceof String s ? s : json.writeValueAsString(body);
			request.method(method, HttpRequest.BodyPublishers.ofString(text));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			Map<String, String> responseHeaders = new LinkedHashMap<>();
			response.headers().map().forEach((k, v) -> responseHeaders.put(k.toLowerCase(), String.join(",", v)));
			return new Response(response.statusCode(), responseHeaders, response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A GET whose body is kept as bytes (a zip, a PDF). */
	public BinaryResponse getBytes(String path, @Nullable String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30)).GET();
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try {
			HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			Map<String, String> responseHeaders = new LinkedHashMap<>();
			response.headers().map().forEach((k, v) -> responseHeaders.put(k.toLowerCase(), String.join(",", v)));
			return new BinaryResponse(response.statusCode(), responseHeaders, response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A response whose body is bytes. */
	public record BinaryResponse(int status, Map<String, String> headers, byte[] body) {

		public String contentType() {
			return headers.getOrDefault("content-type", "");
		}
	}

	/** A response: status, lower-case headers, body text and its JSON. */
	public record Response(int status, Map<String, String> headers, String body) {

		public JsonNode json() {
			return body.isBlank() ? json.missingNode() : json.readTree(body);
		}

		public String contentType() {
			return headers.getOrDefault("content-type", "");
		}

		public boolean isProblem() {
			return contentType().startsWith("application/problem+json");
		}

		@Override
		public String toString() {
			return status + " " + contentType() + " " + body;
		}
	}
}
