package org.ejd.identity.codes;

import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.ejd.identity.codes.domain.CodeChannel;
import org.ejd.platform.security.Callers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A3, seed 004: how the school hands over access codes it does not print on the spot. */
@RestController
class CodeDeliveryController {

	private final CodeDeliveryChoice choice;

	CodeDeliveryController(CodeDeliveryChoice choice) {
		this.choice = choice;
	}

	@PutMapping("/api/identity/schools/{schoolId}/code-delivery")
	DeliveryResponse set(@PathVariable UUID schoolId, @Valid @RequestBody DeliveryRequest request) {
		CodeChannel channel = CodeChannel.ofWire(request.channel()).orElseThrow();
		return new DeliveryResponse(schoolId, channel.wire(), choice.choose(Callers.current(), schoolId, channel));
	}

	@GetMapping("/api/identity/schools/{schoolId}/code-delivery")
	DeliveryResponse get(@PathVariable UUID schoolId) {
		return new DeliveryResponse(schoolId, choice.of(Callers.current(), schoolId).wire(), 0);
	}

	/** @param channel {@code desk} (the printed letter only), {@code email}, {@code sms} or {@code email-else-sms} */
	record DeliveryRequest(@NotNull @Pattern(regexp = "desk|email|sms|email-else-sms") String channel) {
	}

	/** @param version the choice's version after a change; 0 on reading */
	record DeliveryResponse(UUID schoolId,
			@Schema(allowableValues = { "desk", "email", "sms", "email-else-sms" }) String channel, long version) {
	}
}
