package org.ejd.notification.sms;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;

import jakarta.validation.constraints.Size;

import org.ejd.notification.NotificationProperties;
import org.ejd.notification.delivery.Messages;
import org.ejd.platform.refusal.Refusal;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * SMS.RU's delivery-status callback: form fields {@code data[N]} = {@code sms_status\n<sms_id>\n<code>\n<unix time>};
 * 103 is delivered, 104–108 and 150 are final failures, others are on the way. SMS.RU wants the
 * body {@code 100} back. The path's secret stands in for a token (the aggregator has none).
 */
@RestController
class SmsRuCallbackController {

	/** The longest form value a status takes ({@code data[N]}: four short lines); a longer one is refused (400). */
	static final int MAX_VALUE_LENGTH = 1000;

	/** The longest path secret (the configured {@code callback-secret} is shorter); a longer one is refused (400). */
	static final int MAX_SECRET_LENGTH = 256;

	private final Messages messages;

	private final NotificationProperties properties;

	SmsRuCallbackController(Messages messages, NotificationProperties properties) {
		this.messages = messages;
		this.properties = properties;
	}

	@PostMapping(path = "/api/notifications/sms/callback/{secret}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
			produces = MediaType.TEXT_PLAIN_VALUE)
	String status(@PathVariable @Size(max = MAX_SECRET_LENGTH) String secret, @RequestParam java.util.Map<String, String> form) {
		String expected = properties.sms().http().callbackSecret();
		if (expected.isBlank() || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8))) {
			throw Refusal.unknown("sms.unknown-callback");
		}
		if (form.values().stream().anyMatch(value -> value.length() > MAX_VALUE_LENGTH)) {
			throw Refusal.invalid("sms.callback-too-long", String.valueOf(MAX_VALUE_LENGTH));
		}
		form.forEach((key, value) -> {
			if (key.startsWith("data[")) {
				List<String> lines = value.lines().toList();
				if (lines.size() >= 3 && "sms_status".equals(lines.get(0))) {
					int code = Integer.parseInt(lines.get(2).strip());
					if (code == 103) {
						messages.receipt(lines.get(1).strip(), true, null);
					}
					else if (code >= 104 && code <= 108 || code == 150) {
						messages.receipt(lines.get(1).strip(), false, "SMS.RU status " + code);
					}
				}
			}
		});
		return "100";
	}

	/** The form's values are at most {@value #MAX_VALUE_LENGTH} characters, as the code holds them, and the document says so. */
	@Component
	static class FormLimits implements OpenApiCustomizer {

		@Override
		public void customise(OpenAPI api) {
			if (api.getPaths() == null) {
				return;
			}
			api.getPaths().forEach((path, item) -> {
				if (!path.startsWith("/api/notifications/sms/callback/") || item.getPost() == null
						|| item.getPost().getRequestBody() == null || item.getPost().getRequestBody().getContent() == null) {
					return;
				}
				item.getPost().getRequestBody().getContent().values().forEach(media -> {
					Object form = media.getSchema() == null || media.getSchema().getProperties() == null ? null
							: media.getSchema().getProperties().get("form");
					if (form instanceof Schema<?> fields && fields.getAdditionalProperties() instanceof Schema<?> value) {
						value.setMaxLength(MAX_VALUE_LENGTH);
					}
				});
			});
		}
	}
}
