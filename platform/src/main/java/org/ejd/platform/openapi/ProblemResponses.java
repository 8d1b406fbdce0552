package org.ejd.platform.openapi;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

import org.ejd.platform.web.ApiDeprecation;
import org.ejd.platform.web.SendsETag;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

/**
 * The problem+json answers an operation can get, by what it is: every call 400, 401, 403, 429, 500 and 503 (when the
 * service or the gateway's circuit is down); a call with parameters or a body 422 (a rule of the domain refused it); a path naming a resource 404; a write 409, 413 and 415; a write with {@code If-Match} 412 and
 * 428; {@code Idempotency-Key} on every write; {@code ETag} on the success answers of a handler that is {@link SendsETag}. An
 * answer the controller documents itself is kept as it is.
 */
final class ProblemResponses implements GlobalOperationCustomizer {

	static final String IDEMPOTENCY_KEY = "IdempotencyKey";

	@Override
	public Operation customize(Operation operation, HandlerMethod handlerMethod) {
		String method = method(handlerMethod);
		boolean write = !method.equals("GET") && !method.equals("HEAD");
		List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
		boolean input = !parameters.isEmpty() || operation.getRequestBody() != null;
		boolean pathParameter = parameters.stream().anyMatch(p -> "path".equals(p.getIn()));
		boolean ifMatch = parameters.stream().anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()));

		operation.setOperationId(operationId(handlerMethod));
		ApiDeprecation deprecation = handlerMethod.getMethodAnnotation(ApiDeprecation.class);
		if (deprecation != null) {
			operation.setDeprecated(true);
			operation.setDescription((operation.getDescription() == null ? "" : operation.getDescription() + "\n\n")
					+ "Устарело с " + deprecation.since() + ", будет удалено не раньше " + deprecation.sunset()
					+ (deprecation.successor().isEmpty() ? "" : ", замена: " + deprecation.successor()) + ". / Deprecated since "
					+ deprecation.since() + ", sunset " + deprecation.sunset()
					+ (deprecation.successor().isEmpty() ? "" : ", use " + deprecation.successor()) + ".");
		}
		operation.setTags(List.of(feature(handlerMethod)));
		ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
		add(responses, "400"); // a malformed request (a header, the query) is refused before any handler
		if (input) {
			add(responses, "422");
		}
		add(responses, "401");
		add(responses, "403");
		if (pathParameter) {
			add(responses, "404");
		}
		if (write) {
			add(responses, "409");
			if (operation.getRequestBody() != null) {
				add(responses, "413");
				add(responses, "415");
			}
			if (ifMatch) {
				add(responses, "412");
				add(responses, "428");
			}
			operation.addParametersItem(new Parameter().$ref("#/components/parameters/" + IDEMPOTENCY_KEY));
		}
		add(responses, "429");
		add(responses, "500");
		add(responses, "503");
		if (handlerMethod.hasMethodAnnotation(SendsETag.class)) {
			responses.forEach((status, response) -> {
				if (response.get$ref() == null && (status.startsWith("2") && !status.equals("204") || status.equals("304"))) {
					response.addHeaderObject("ETag", new Header().$ref("#/components/headers/ETag"));
				}
			});
		}
		operation.setResponses(responses);
		return operation;
	}

	private static void add(ApiResponses responses, String status) {
		ApiResponse existing = responses.get(status);
		if (existing == null) {
			responses.addApiResponse(status, new ApiResponse().$ref("#/components/responses/Problem" + status));
		}
	}

	/** {@code <controller>_<method>}, e.g. {@code consent_recordPaper}: stable while the Java method keeps its name. */
	static String operationId(HandlerMethod handlerMethod) {
		String controller = handlerMethod.getBeanType().getSimpleName().replaceFirst("Controller$", "");
		return Character.toLowerCase(controller.charAt(0)) + controller.substring(1) + "_" + handlerMethod.getMethod().getName();
	}

	/** The feature package the controller lives in ({@code org.ejd.diary.marks.web} → {@code marks}): tags follow features. */
	static String feature(HandlerMethod handlerMethod) {
		String[] parts = handlerMethod.getBeanType().getPackageName().split("\\.");
		return parts.length > 3 ? parts[3] : parts[parts.length - 1];
	}

	private static String method(HandlerMethod handlerMethod) {
		var mapping = org.springframework.core.annotation.AnnotatedElementUtils.findMergedAnnotation(handlerMethod.getMethod(),
				org.springframework.web.bind.annotation.RequestMapping.class);
		RequestMethod[] methods = mapping == null ? new RequestMethod[0] : mapping.method();
		return methods.length == 0 ? "GET" : methods[0].name().toUpperCase(Locale.ROOT);
	}
}
