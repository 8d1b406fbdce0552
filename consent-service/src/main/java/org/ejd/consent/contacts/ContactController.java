package org.ejd.consent.contacts;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ejd.platform.time.BusinessClock;
import org.ejd.consent.contacts.domain.Contact;
import org.ejd.consent.contacts.domain.ContactChannel;
import org.ejd.platform.security.Callers;
import org.ejd.platform.refusal.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Contacts; answers show only the masked destination. */
@RestController
@RequestMapping("/api/consent/persons/{personId}/contacts")
class ContactController {

	private final ContactBook book;

	private final Clock clock;

	ContactController(ContactBook book, @BusinessClock Clock clock) {
		this.book = book;
		this.clock = clock;
	}

	@GetMapping
	List<ContactResponse> contacts(@PathVariable UUID personId) {
		Instant now = clock.instant();
		return book.of(Callers.current(), personId).stream().map(c -> ContactResponse.of(c, now)).toList();
	}

	/** 202: the contact is pending until the code sent to it is entered. */
	@PostMapping
	@ResponseStatus(HttpStatus.ACCEPTED)
	ResponseEntity<ContactResponse> give(@PathVariable UUID personId, @Valid @RequestBody ContactRequest request) {
		Contact contact = book.giveElectronically(Callers.current(), personId, ContactChannel.ofWire(request.channel()),
				request.destination());
		return ResponseEntity.accepted().location(location(contact)).body(ContactResponse.of(contact, clock.instant()));
	}

	@PostMapping("/paper")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<ContactResponse> registerPaper(@PathVariable UUID personId, @Valid @RequestBody ContactRequest request) {
		Contact contact = book.registerPaper(Callers.current(), personId, ContactChannel.ofWire(request.channel()),
				request.destination());
		return ResponseEntity.created(location(contact)).body(ContactResponse.of(contact, clock.instant()));
	}

	@PostMapping("/{contactId}/verification")
	ContactResponse verify(@PathVariable UUID personId, @PathVariable UUID contactId, @Valid @RequestBody CodeRequest request) {
		return switch (book.verify(Callers.current(), personId, contactId, request.code())) {
			case ContactBook.Outcome.Verified verified -> ContactResponse.of(verified.contact(), clock.instant());
			case ContactBook.Outcome.WrongCode wrong -> throw Refusal.againstRule("consent.contact.code-wrong", wrong.attemptsLeft());
			case ContactBook.Outcome.Expired expired -> throw Refusal.noLongerValid("consent.contact.code-expired");
			case ContactBook.Outcome.Locked locked -> throw Refusal.locked("consent.contact.code-locked", locked.maxAttempts());
		};
	}

	private static URI location(Contact contact) {
		return URI.create("/api/consent/persons/" + contact.personId() + "/contacts/" + contact.id());
	}

	record ContactRequest(
			@NotNull(message = "{consent.validation.required}") @Pattern(regexp = "email|sms", message = "{consent.validation.channel}") String channel,
			@Schema(example = "ivanova@example.org") @NotBlank(message = "{consent.validation.required}") @Size(max = 254, message = "{consent.validation.destination}") String destination) {
	}

	record CodeRequest(@NotNull(message = "{consent.validation.required}") @Pattern(regexp = "[0-9]{6}", message = "{consent.validation.code}") String code) {
	}

	/** status: pending, expired (pending, but the code's time is up), verified, locked or bounced (delivery failed for good). */
	record ContactResponse(UUID id,
			@Schema(allowableValues = { "email", "sms" }) String channel,
			@Schema(example = "i***@example.org") String maskedDestination,
			@Schema(allowableValues = { "pending", "verified", "replaced", "locked", "bounced", "expired" }) String status,
			@Schema(allowableValues = { "paper", "electronic", "portal" }) String source, Instant createdAt,
			@Nullable Instant verifiedAt, @Nullable Instant expiresAt) {

		static ContactResponse of(Contact c, Instant now) {
			String status = c.expiredAt(now) ? "expired" : c.status().wire();
			return new ContactResponse(c.id(), c.channel().wire(), c.address().masked(), status, c.source().wire(), c.createdAt(),
					c.verifiedAt(), c.pending() == null ? null : c.pending().expiresAt());
		}
	}
}
