package org.ejd.diary.changes;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.ejd.platform.security.Callers;
import org.ejd.platform.web.paging.PageRequest;
import org.ejd.platform.web.paging.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class WebhooksController {

	private final Webhooks webhooks;

	private final DeliveringWebhooks delivering;

	WebhooksController(Webhooks webhooks, DeliveringWebhooks delivering) {
		this.webhooks = webhooks;
		this.delivering = delivering;
	}

	/** Subscribes the calling app to families of its feed; the answer holds the signing secret, shown only here. */
	@PostMapping("/api/diary/webhooks")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<Webhooks.Created> subscribe(@Valid @RequestBody SubscribeRequest request) {
		Webhooks.Created created = webhooks.subscribe(Callers.current(), request.url(), request.families());
		return ResponseEntity.created(URI.create("/api/diary/webhooks/" + created.subscription().id())).body(created);
	}

	@GetMapping("/api/diary/webhooks")
	List<Webhooks.Subscription> list() {
		return webhooks.list(Callers.current());
	}

	@GetMapping("/api/diary/webhooks/{id}")
	Webhooks.Subscription subscription(@PathVariable UUID id) {
		return webhooks.subscription(Callers.current(), id);
	}

	/** A signed test delivery, sent now; the answer is its entry in the delivery log. */
	@PostMapping("/api/diary/webhooks/{id}/ping")
	Webhooks.Delivery ping(@PathVariable UUID id) {
		return delivering.ping(webhooks.subscription(Callers.current(), id));
	}

	/** Starts a disabled subscription again (after the receiver is fixed). */
	@PostMapping("/api/diary/webhooks/{id}/resume")
	Webhooks.Subscription resume(@PathVariable UUID id) {
		return webhooks.resume(Callers.current(), id);
	}

	@DeleteMapping("/api/diary/webhooks/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	ResponseEntity<Void> remove(@PathVariable UUID id) {
		webhooks.remove(Callers.current(), id);
		return ResponseEntity.noContent().build();
	}

	/** The delivery log, newest first. */
	@GetMapping("/api/diary/webhooks/{id}/deliveries")
	ResponseEntity<Webhooks.DeliveryPage> deliveries(@PathVariable UUID id,
			@RequestParam(required = false) @Size(max = PageRequest.MAX_CURSOR_LENGTH) @Nullable String cursor,
			@RequestParam(defaultValue = "50")
			@Parameter(description = PageRequest.LIMIT_TEXT, schema = @Schema(type = "integer", format = "int32", minimum = "1",
					maximum = "" + Webhooks.MAX_LOG_LIMIT, defaultValue = "50")) int limit) {
		Webhooks.DeliveryPage page = webhooks.deliveries(Callers.current(), id, cursor, limit);
		return Paging.answer(page, page.nextCursor(), limit);
	}

	record SubscribeRequest(@Nullable @Size(max = 2000) String url,
			@ArraySchema(schema = @Schema(allowableValues = { "marks", "attendance", "grades", "lessons", "timetable", "roster", "school-years" })) @Nullable @Size(max = 7) List<@Size(max = 20) String> families) {
	}
}
