package org.ejd.consent.delivery;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ejd.consent.delivery.domain.DeliveryForm;
import org.ejd.consent.delivery.domain.DeliveryFormRecord;
import org.ejd.platform.security.Callers;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/consent/persons/{personId}/delivery-form")
class DeliveryFormController {

	private final DeliveryFormRegister register;

	DeliveryFormController(DeliveryFormRegister register) {
		this.register = register;
	}

	@GetMapping
	FormResponse current(@PathVariable UUID personId) {
		return FormResponse.of(personId, register.current(Callers.current(), personId), false);
	}

	@PutMapping
	FormResponse choose(@PathVariable UUID personId, @Valid @RequestBody FormRequest request) {
		var choice = register.chooseElectronically(Callers.current(), personId, DeliveryForm.ofWire(request.form()), request.reason());
		return FormResponse.of(personId, choice.record(), choice.changed());
	}

	@PutMapping("/paper")
	FormResponse registerPaper(@PathVariable UUID personId, @Valid @RequestBody FormRequest request) {
		var choice = register.registerPaper(Callers.current(), personId, DeliveryForm.ofWire(request.form()), request.reason());
		return FormResponse.of(personId, choice.record(), choice.changed());
	}

	record FormRequest(
			@NotNull(message = "{consent.validation.required}") @Pattern(regexp = "electronic|paper", message = "{consent.validation.form}") String form,
			@Size(max = 1000, message = "{consent.validation.reason}") @Nullable String reason) {
	}

	/** The form now; for paper, a weekly printed statement and no email or SMS. */
	record FormResponse(UUID personId,
			@Schema(allowableValues = { "electronic", "paper" }) String form, boolean weeklyPrintedStatement, boolean electronicDeliveryAllowed,
			@Nullable String reason,
			@Schema(allowableValues = { "paper", "portal", "api" }) @Nullable String channel, @Nullable Instant since, boolean changed) {

		static FormResponse of(UUID personId, Optional<DeliveryFormRecord> record, boolean changed) {
			DeliveryForm form = record.map(DeliveryFormRecord::form).orElse(DeliveryForm.ELECTRONIC);
			return new FormResponse(personId, form.wire(), !form.allowsEmailAndSms(), form.allowsEmailAndSms(),
					record.map(DeliveryFormRecord::reason).orElse(null), record.map(r -> r.channel().wire()).orElse(null),
					record.map(DeliveryFormRecord::recordedAt).orElse(null), changed);
		}
	}
}
