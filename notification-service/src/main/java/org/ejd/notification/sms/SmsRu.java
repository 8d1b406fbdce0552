package org.ejd.notification.sms;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.ejd.notification.NotificationProperties;
import org.ejd.notification.delivery.DeliveryFailure;
import org.ejd.notification.sms.domain.Segments;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * An HTTP aggregator with SMS.RU's documented JSON API: {@code POST /sms/send} with {@code api_id},
 * {@code to}, {@code msg}, {@code from} and {@code json=1}, answered by
 * {@code {"status":"OK","sms":{"<number>":{"status":"OK","status_code":100,"sms_id":"..."}}}}. The
 * aggregator splits the text itself. Per-number codes 202 (wrong number) and 207 (may not be sent to
 * this number) are permanent; anything else that is not OK is transient.
 */
class SmsRu implements SmsProvider {

	private static final Set<Integer> PERMANENT = Set.of(202, 207);

	private final NotificationProperties.Http settings;

	private final ObjectMapper json;

	private final HttpClient http;

	SmsRu(NotificationProperties.Http settings, ObjectMapper json) {
		this.settings = settings;
		this.json = json;
		this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
	}

	@Override
	public String name() {
		return "sms-http";
	}

	@Override
	public String submit(String to, String from, Segments segments) {
		String number = to.startsWith("+") ? to.substring(1) : to;
		String form = Map.of("api_id", settings.apiId(), "to", number, "msg", String.join("", segments.parts()), "from", from, "json", "1")
			.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpResponse<String> response;
		try {
			response = http.send(HttpRequest.newBuilder(URI.create(settings.url())).timeout(settings.timeout())
				.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException ex) {
			throw new DeliveryFailure(false, "SMS.RU unreachable: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DeliveryFailure(false, "interrupted", ex);
		}
		if (response.statusCode() != 200) {
			throw new DeliveryFailure(false, "SMS.RU HTTP " + response.statusCode(), null);
		}
		JsonNode body = json.readTree(response.body());
		JsonNode sms = body.path("sms").path(number);
		if (!"OK".equals(body.path("status").asString("")) || sms.isMissingNode()) {
			throw new DeliveryFailure(false, "SMS.RU status " + body.path("status_code").asInt(), null);
		}
		if (!"OK".equals(sms.path("status").asString(""))) {
			int code = sms.path("status_code").asInt();
			throw new DeliveryFailure(PERMANENT.contains(code), "SMS.RU status " + code, null);
		}
		return sms.path("sms_id").asString();
	}
}
