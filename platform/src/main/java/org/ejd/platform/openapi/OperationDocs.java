package org.ejd.platform.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.jspecify.annotations.Nullable;

/**
 * Each operation's words and callers (ADR 0053): {@code summary} the Russian summary, {@code description} the Russian
 * text, then the English summary and text, then who may call; the English summary also as {@code x-summary-en}; the
 * callers from the roles-and-scopes table as {@code x-ejd-roles}, and the scopes an operation needs as its OAuth2
 * requirement. Applied only to a service that has its {@code openapi/operations.yml}; its {@code OpenApiDocumentIT}
 * fails while an operation has no texts or texts name an operation that does not exist.
 */
final class OperationDocs {

	static final String SUMMARY_EN = "x-summary-en";

	static final String ROLES = "x-ejd-roles";

	private final @Nullable OperationTexts texts;

	private final RolesMatrix matrix;

	OperationDocs(@Nullable OperationTexts texts, RolesMatrix matrix) {
		this.texts = texts;
		this.matrix = matrix;
	}

	void apply(OpenAPI api) {
		if (texts == null || api.getPaths() == null) {
			return;
		}
		api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			texts.of(operation.getOperationId()).ifPresent(text -> {
				RolesMatrix.Access access = matrix.of(method.name(), path).orElse(null);
				operation.setSummary(text.summaryRu());
				operation.setDescription(description(text, operation.getDescription(), rolesLine(access, operation)));
				operation.addExtension(SUMMARY_EN, text.summaryEn());
				examples(operation, text);
				if (access != null) {
					operation.addExtension(ROLES, roles(access));
					if (!access.scopes().isEmpty()) {
						operation.setSecurity(List.of(new SecurityRequirement().addList(ApiConventions.SCHEME, access.scopes())));
						declare(api, access.scopes());
					}
				}
			});
		}));
	}

	private static String description(OperationTexts.Text text, @Nullable String existing, String roles) {
		StringBuilder out = new StringBuilder(text.descriptionRu()).append("\n\n**").append(text.summaryEn()).append(".** ")
			.append(text.descriptionEn());
		if (existing != null && !existing.isBlank()) {
			out.append("\n\n").append(existing); // what the code adds itself, e.g. a deprecation
		}
		return out.append("\n\n").append(roles).toString();
	}

	/**
	 * The file's example of the request body on its JSON media types, and of the response on the first 2xx answer's JSON
	 * media types (ADR 0056); an example naming a body the operation does not have is refused, not dropped.
	 */
	static void examples(Operation operation, OperationTexts.Text text) {
		if (text.requestExample() != null) {
			List<MediaType> media = operation.getRequestBody() == null || operation.getRequestBody().getContent() == null ? List.of()
					: json(operation.getRequestBody().getContent());
			if (media.isEmpty()) {
				throw new IllegalStateException(OperationTexts.LOCATION + ": " + operation.getOperationId()
						+ " has a request example but no JSON request body");
			}
			media.forEach(m -> m.setExample(text.requestExample()));
		}
		if (text.responseExample() != null) {
			List<MediaType> media = operation.getResponses() == null ? List.of()
					: operation.getResponses().entrySet().stream()
						.filter(r -> r.getKey().startsWith("2") && r.getValue().getContent() != null)
						.findFirst()
						.map(r -> json(r.getValue().getContent()))
						.orElse(List.of());
			if (media.isEmpty()) {
				throw new IllegalStateException(OperationTexts.LOCATION + ": " + operation.getOperationId()
						+ " has a response example but no JSON success answer");
			}
			media.forEach(m -> m.setExample(text.responseExample()));
		}
	}

	/** The JSON media types, each its own object now: springdoc shares one between the types a method produces. */
	private static List<MediaType> json(Content content) {
		List<MediaType> json = new ArrayList<>();
		content.replaceAll((type, media) -> {
			if (!type.contains("json")) {
				return media;
			}
			MediaType own = new MediaType().schema(media.getSchema()).examples(media.getExamples()).encoding(media.getEncoding());
			own.setExtensions(media.getExtensions());
			json.add(own);
			return own;
		});
		return json;
	}

	/** One line a person reads: who may call, who is refused and how, the condition on the data. */
	static String rolesLine(RolesMatrix.@Nullable Access access, Operation operation) {
		if (operation.getSecurity() != null && operation.getSecurity().isEmpty()) {
			return "Доступ / access: без токена / no token needed.";
		}
		if (access == null) {
			return "Доступ / access: не описан в docs/roles-and-scopes.matrix.json / not in the roles-and-scopes table.";
		}
		StringBuilder line = new StringBuilder("Доступ / access");
		if (!access.scopes().isEmpty()) {
			line.append(" (scope ").append(String.join(", ", access.scopes())).append(')');
		}
		line.append(": ");
		if (access.rule() != null) {
			return line.append(access.rule()).append('.').toString();
		}
		line.append("allowed ").append(cells(access.allowed()));
		if (!access.refused().isEmpty()) {
			line.append("; refused ").append(cells(access.refused()));
		}
		line.append('.');
		if (access.condition() != null) {
			line.append(' ').append(Character.toUpperCase(access.condition().charAt(0))).append(access.condition().substring(1))
				.append('.');
		}
		return line.toString();
	}

	private static String cells(List<RolesMatrix.Cell> cells) {
		return cells.isEmpty() ? "nobody"
				: cells.stream().map(c -> c.who() + " → " + c.answer()).collect(Collectors.joining(", "));
	}

	private static Map<String, Object> roles(RolesMatrix.Access access) {
		Map<String, Object> roles = new LinkedHashMap<>();
		if (access.rule() != null) {
			roles.put("rule", access.rule());
		}
		else {
			roles.put("allowed", cellMaps(access.allowed()));
			roles.put("refused", cellMaps(access.refused()));
			if (access.condition() != null) {
				roles.put("condition", access.condition());
			}
		}
		if (!access.scopes().isEmpty()) {
			roles.put("scopes", access.scopes());
		}
		roles.put("source", "docs/roles-and-scopes.matrix.json");
		return roles;
	}

	private static List<Map<String, Object>> cellMaps(List<RolesMatrix.Cell> cells) {
		List<Map<String, Object>> out = new ArrayList<>();
		cells.forEach(c -> {
			Map<String, Object> cell = new LinkedHashMap<>();
			cell.put("caller", c.caller());
			cell.put("who", c.who());
			cell.put("answer", c.answer());
			out.add(cell);
		});
		return out;
	}

	/** A scope an operation requires is one the scheme's flows offer. */
	private void declare(OpenAPI api, List<String> scopes) {
		SecurityScheme scheme = api.getComponents() == null || api.getComponents().getSecuritySchemes() == null ? null
				: api.getComponents().getSecuritySchemes().get(ApiConventions.SCHEME);
		if (scheme == null || scheme.getFlows() == null) {
			return;
		}
		for (OAuthFlow flow : new OAuthFlow[] { scheme.getFlows().getAuthorizationCode(), scheme.getFlows().getClientCredentials() }) {
			if (flow != null) {
				Scopes offered = flow.getScopes() == null ? new Scopes() : flow.getScopes();
				scopes.forEach(s -> offered.putIfAbsent(s, matrix.scopes().getOrDefault(s, s)));
				flow.setScopes(offered);
			}
		}
	}
}
