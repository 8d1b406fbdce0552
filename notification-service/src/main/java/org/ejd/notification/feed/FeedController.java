package org.ejd.notification.feed;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.constraints.Size;

import org.ejd.platform.security.Callers;
import org.ejd.platform.web.paging.PageRequest;
import org.ejd.platform.web.paging.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own in-app feed; a person is taken from the token, never from the path. */
@RestController
@RequestMapping("/api/notifications/me/feed")
class FeedController {

	private final Feed feed;

	FeedController(Feed feed) {
		this.feed = feed;
	}

	/** Newest first; the next page's cursor in {@code nextCursor} and in {@code Link: <...>; rel="next"} (ADR 0025). */
	@GetMapping
	ResponseEntity<Feed.Page> feed(@RequestParam(required = false) @Size(max = PageRequest.MAX_CURSOR_LENGTH) @Nullable String cursor,
			@RequestParam(defaultValue = "20") @Parameter(description = PAGE_SIZE, schema = @Schema(type = "integer",
					format = "int32", minimum = "1", maximum = "" + Feed.MAX_LIMIT, defaultValue = "20")) int limit) {
		Feed.Page page = feed.of(Callers.current().person(), cursor, limit);
		return Paging.answer(page, page.nextCursor(), limit);
	}

	static final String PAGE_SIZE = "Записей на странице, от 1 до " + Feed.MAX_LIMIT + "; вне этих границ — 400 / items per page, 1 to " + Feed.MAX_LIMIT
			+ "; outside it 400";

	record Unread(int unread) {
	}

	@GetMapping("/unread")
	Unread unread() {
		return new Unread(feed.unread(Callers.current().person()));
	}

	@PostMapping("/{id}/read")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	ResponseEntity<Void> read(@PathVariable UUID id) {
		feed.read(Callers.current().person(), id);
		return ResponseEntity.noContent().build();
	}
}
