package org.ejd.notification.unsubscribe;

import java.util.Map;

import jakarta.validation.constraints.Size;

import org.ejd.platform.refusal.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The List-Unsubscribe target (RFC 8058), without login: {@code GET} shows what the link unsubscribes
 * from with a button (a mail scanner that follows links changes nothing); {@code POST} with
 * {@code List-Unsubscribe=One-Click}, as mail clients send it, unsubscribes.
 */
@RestController
class UnsubscribeController {

	private static final Map<String, String> KIND_NAMES = Map.of("marks", "отметки", "attendance", "посещаемость", "homework",
			"домашние задания", "final-marks", "итоговые отметки", "messages", "сообщения", "recommendations", "рекомендации учителей",
			"events", "мероприятия школы и города");

	private final Unsubscribing unsubscribing;

	UnsubscribeController(Unsubscribing unsubscribing) {
		this.unsubscribing = unsubscribing;
	}

	@GetMapping(path = "/api/notifications/unsubscribe", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> confirm(@RequestParam @Size(max = UnsubscribeTokens.MAX_LENGTH) String token) {
		Unsubscribing.Subscription s = unsubscribing.of(token);
		return page("Отписка от рассылки", "<p>Больше не присылать " + what(s) + "?</p>"
				+ "<form method=\"post\" action=\"?token=" + HtmlUtils.htmlEscape(token) + "\">"
				+ "<input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\"/>"
				+ "<button type=\"submit\">Отписаться</button></form>"
				+ "<p lang=\"en\">Unsubscribe from these messages? Press the button.</p>");
	}

	@PostMapping(path = "/api/notifications/unsubscribe", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> oneClick(@RequestParam @Size(max = UnsubscribeTokens.MAX_LENGTH) String token,
			@RequestParam(name = "List-Unsubscribe", required = false) @Size(max = 32) @Nullable String oneClick) {
		if (!"One-Click".equals(oneClick)) {
			throw Refusal.invalid("unsubscribe.not-one-click");
		}
		Unsubscribing.Subscription s = unsubscribing.unsubscribe(token);
		return page("Вы отписались", "<p>Готово: " + what(s) + " больше не будут приходить. Изменить это можно в настройках "
				+ "уведомлений электронного дневника.</p><p lang=\"en\">Done: you are unsubscribed.</p>");
	}

	private static String what(Unsubscribing.Subscription s) {
		return KIND_NAMES.getOrDefault(s.kind(), s.kind()) + ("sms" .equals(s.channel()) ? " по SMS" : " по электронной почте");
	}

	private static ResponseEntity<String> page(String title, String body) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(new MediaType("text", "html",
				java.nio.charset.StandardCharsets.UTF_8))
			.body("<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"UTF-8\"/><title>" + title + "</title></head><body><h1>" + title
					+ "</h1>" + body + "</body></html>");
	}
}
