package org.ejd.notification.feed;

import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.ejd.platform.security.Callers;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own in-app feed; a person is taken from the token, never from the path. */
@RestController
@RequestMapping("/api/notifications/me/feed")
class FeedController {

	private final Feed feed;

	FeedController(Feed feed) {
		this.feed = feed;
	}

	@GetMapping
	Feed.Page feed(@RequestParam(required = false) @Size(max = 512) @Nullable String cursor, @RequestParam(defaultValue = "20") int limit) {
		return feed.of(Callers.current().person(), cursor, limit);
	}

	record Unread(int unread) {
	}

	@GetMapping("/unread")
	Unread unread() {
		return new Unread(feed.unread(Callers.current().person()));
	}

	@PostMapping("/{id}/read")
	ResponseEntity<Void> read(@PathVariable UUID id) {
		feed.read(Callers.current().person(), id);
		return ResponseEntity.noContent().build();
	}
}
