package org.ejd.platform.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.util.AntPathMatcher;

/**
 * What every eJD API description says the same way: the one server (the gateway, paths as they are there), Keycloak's
 * OAuth2 flows (authorization code with PKCE for front-ends, client credentials for portals and school IT) required by
 * every operation but the open ones, the problem responses {@link ProblemResponses} refers to, and the rate-limit
 * headers the gateway puts on every answer.
 */
final class ApiConventions implements GlobalOpenApiCustomizer {

	static final String SCHEME = "keycloak";

	static final String PROBLEM_JSON = "application/problem+json";

	static final Map<String, String> PROBLEMS = problems();

	private final String issuer;

	private final List<String> publicPaths;

	private final AntPathMatcher paths = new AntPathMatcher();

	private final OperationDocs operationDocs;

	private final java.util.Map<String, String> examples;

	ApiConventions(String issuer, List<String> publicPaths, OperationDocs operationDocs, java.util.Map<String, String> examples) {
		this.issuer = issuer;
		this.publicPaths = publicPaths;
		this.operationDocs = operationDocs;
		this.examples = examples;
	}

	@Override
	public void customise(OpenAPI api) {
		Server gateway = new Server().url("/")
			.description("Шлюз eJD, рабочая среда региона (production) / the eJD gateway of the region's production deployment");
		gateway.addExtension("x-internal", false); // the public API: third-party front-ends and school IT are its users
		api.setServers(List.of(gateway));
		Components components = api.getComponents() == null ? new Components() : api.getComponents();
		api.setComponents(components);
		components.addSchemas("ProblemDetail", Schemas.problemDetail());
		components.addSecuritySchemes(SCHEME, keycloak());
		headers(components);
		SchemaLimits.apply(api);
		SchemaExamples.apply(api, examples);
		PROBLEMS.forEach((status, description) -> components.addResponses("Problem" + status, problem(status, description)));
		components.addParameters(ProblemResponses.IDEMPOTENCY_KEY, new Parameter().in("header").name("Idempotency-Key")
			.required(false)
			.description("Ключ повтора: тот же запрос с тем же ключом вернёт первый ответ и ничего не изменит (24 ч); если "
					+ "запрос выполнен, а ответ потерян при сбое, — 409 problem.idempotency.answer-lost / a retry with the same "
					+ "key gets the first answer and changes nothing (24 h); if the request was made and its answer lost in a "
					+ "failure, 409 problem.idempotency.answer-lost")
			.schema(Schemas.string(200, "Ключ, выбранный клиентом (например UUID) / a key the client chooses (e.g. a UUID)")
				.minLength(1).pattern("^[\\x21-\\x7E]+$")));
		api.setSecurity(List.of(new SecurityRequirement().addList(SCHEME, List.of())));
		if (api.getPaths() == null) {
			return;
		}
		api.getPaths().forEach((path, item) -> {
			boolean open = publicPaths.stream().anyMatch(pattern -> paths.match(pattern, path.replaceAll("\\{[^}]+}", "x")));
			item.readOperations().forEach(operation -> {
				if (open) {
					operation.setSecurity(List.of());
					operation.getResponses().remove("401");
					operation.getResponses().remove("403");
				}
				conventionHeaders(operation, components);
				rateLimitHeaders(operation);
				ProblemExamples.addTo(operation);
			});
		});
		operationDocs.apply(api); // after the open paths are known: their access line says "no token"
	}

	private SecurityScheme keycloak() {
		String endpoints = issuer + "/protocol/openid-connect";
		Scopes scopes = new Scopes();
		scopes.addString("openid", "Вход через Keycloak / sign in with Keycloak");
		return new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
			.description("Keycloak (realm ejd): токен доступа JWT (RS256, RFC8725), живёт минуты; роли в realm_access.roles, "
					+ "person_id и school_ids в утверждениях. Фронтенды входят кодом авторизации с PKCE (своим зарегистрированным клиентом; Swagger UI — ejd-swagger-ui), "
					+ "порталы и школьные ИТ-системы — client credentials / a short-lived JWT access token (RS256, RFC8725) from Keycloak; "
					+ "front-ends use the authorization code with PKCE (their registered client; Swagger UI ejd-swagger-ui), portals and school IT client credentials")
			.flows(new OAuthFlows()
				.authorizationCode(new OAuthFlow().authorizationUrl(endpoints + "/auth").tokenUrl(endpoints + "/token")
					.refreshUrl(endpoints + "/token").scopes(scopes))
				.clientCredentials(new OAuthFlow().tokenUrl(endpoints + "/token").refreshUrl(endpoints + "/token")
					.scopes(new Scopes())));
	}

	private static void headers(Components components) {
		components.addHeaders("RateLimit-Limit", header("Запросов в окне ограничения / requests allowed in the window",
				Schemas.integer(0, 1_000_000, "Запросов в окне / requests per window")));
		components.addHeaders("RateLimit-Remaining", header("Осталось запросов в окне / requests left in the window",
				Schemas.integer(0, 1_000_000, "Осталось / left")));
		components.addHeaders("RateLimit-Reset", header("Секунд до пополнения / seconds until the window refills",
				Schemas.integer(0, 86_400, "Секунд / seconds")));
		components.addHeaders("Access-Control-Allow-Origin", header(
				"Источник браузерного фронтенда, если он разрешён шлюзу (ejd.gateway.cors-allowed-origins) / "
						+ "the browser front-end's origin when the gateway allows it",
				Schemas.string(2048, "Источник / the origin").format("uri")));
		components.addHeaders("Retry-After", header("Через сколько секунд повторить / seconds to wait before retrying",
				Schemas.integer(0, 86_400, "Секунд / seconds")));
	}

	/**
	 * The headers of the API's conventions an operation answers (ADR 0057): a list read by {@code cursor} answers the next
	 * page in {@code Link} ({@code Paging}); a read that takes {@code If-None-Match} answers its {@code ETag} and 304; a
	 * write that takes {@code If-Match} answers the new {@code ETag}, and so does every success of a handler that is
	 * {@code @SendsETag} ({@link ProblemResponses} refers to the header, here it is defined); a deprecated operation answers {@code Deprecation},
	 * {@code Sunset} and the successor in {@code Link} ({@code DeprecationHeaders}).
	 */
	static void conventionHeaders(Operation operation, Components components) {
		List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
		boolean cursor = parameters.stream().anyMatch(p -> "query".equals(p.getIn()) && "cursor".equals(p.getName()));
		boolean ifNoneMatch = parameters.stream().anyMatch(p -> "header".equals(p.getIn()) && "If-None-Match".equalsIgnoreCase(p.getName()));
		boolean ifMatch = parameters.stream().anyMatch(p -> "header".equals(p.getIn()) && "If-Match".equalsIgnoreCase(p.getName()));
		boolean deprecated = Boolean.TRUE.equals(operation.getDeprecated());
		if (operation.getResponses() == null) {
			return;
		}
		if (ifNoneMatch && !operation.getResponses().containsKey("304")) {
			operation.getResponses().addApiResponse("304", new ApiResponse()
				.description("Не изменилось с версии из If-None-Match, тела нет / unchanged since the If-None-Match version, no body"));
		}
		operation.getResponses().forEach((status, response) -> {
			if (response.get$ref() != null || !(status.startsWith("2") || status.equals("304"))) {
				return;
			}
			if (cursor && status.equals("200") || deprecated) {
				declare(response, "Link", components);
			}
			boolean sendsETag = response.getHeaders() != null && response.getHeaders().containsKey("ETag"); // @SendsETag
			if (ifNoneMatch && (status.equals("200") || status.equals("304")) || ifMatch && !status.equals("204") || sendsETag) {
				declare(response, "ETag", components);
			}
			if (deprecated) {
				declare(response, "Deprecation", components);
				declare(response, "Sunset", components);
			}
		});
	}

	private static void declare(ApiResponse response, String name, Components components) {
		if (components.getHeaders() == null || !components.getHeaders().containsKey(name)) {
			components.addHeaders(name, CONVENTION_HEADERS.get(name));
		}
		if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
			response.addHeaderObject(name, new Header().$ref("#/components/headers/" + name));
		}
	}

	/** The headers of the conventions, put into the document's components where an operation declares one. */
	private static final Map<String, Header> CONVENTION_HEADERS = conventionHeaderDefinitions();

	private static Map<String, Header> conventionHeaderDefinitions() {
		Map<String, Header> headers = new LinkedHashMap<>();
		headers.put("Link", header("Следующая страница списка (RFC 8288): <путь?cursor=…&limit=…>; rel=\"next\"; нет заголовка — "
				+ "последняя страница. У устаревшей операции — её замена, rel=\"successor-version\" / the list's next page (RFC 8288); "
				+ "none on the last page. On a deprecated operation its successor, rel=\"successor-version\"",
				Schemas.string(SchemaLimits.MAX_HEADER_BYTES, "Ссылки RFC 8288 / RFC 8288 links")));
		headers.put("ETag", header("Версия содержимого: для If-None-Match (ответ 304) или If-Match (412 на устаревшую) / "
				+ "the content's version: for If-None-Match (304) or If-Match (412 when stale)",
				Schemas.string(200, "Сильный ETag в кавычках / a quoted strong ETag")));
		headers.put("Deprecation", header("С какого момента операция устарела (RFC 9745), @<секунды эпохи> / "
				+ "since when the operation is deprecated (RFC 9745), @<epoch seconds>",
				Schemas.string(32, "@секунды эпохи / @epoch seconds").pattern("^@[0-9]{1,20}$")));
		headers.put("Sunset", header("Когда операция будет удалена (RFC 8594), HTTP-дата / when the operation goes away (RFC 8594), an HTTP date",
				Schemas.string(64, "HTTP-дата (RFC 9110) / an HTTP date (RFC 9110)")));
		return headers;
	}

	private static Header header(String description, io.swagger.v3.oas.models.media.Schema<?> schema) {
		return new Header().description(description).schema(schema);
	}

	private static ApiResponse problem(String status, String description) {
		ApiResponse response = new ApiResponse().description(description)
			.content(new Content().addMediaType(PROBLEM_JSON,
					new MediaType().schema(new io.swagger.v3.oas.models.media.Schema<>().$ref("#/components/schemas/ProblemDetail"))
						.example(ProblemExamples.of(status))));
		rateLimitHeaders(response);
		if (status.equals("429") || status.equals("503")) {
			response.addHeaderObject("Retry-After", new Header().$ref("#/components/headers/Retry-After"));
		}
		return response;
	}

	private static void rateLimitHeaders(Operation operation) {
		operation.getResponses().forEach((status, response) -> {
			if (response.get$ref() == null) {
				rateLimitHeaders(response);
			}
		});
	}

	private static void rateLimitHeaders(ApiResponse response) {
		for (String name : List.of("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "Access-Control-Allow-Origin")) {
			if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
				response.addHeaderObject(name, new Header().$ref("#/components/headers/" + name));
			}
		}
	}

	private static Map<String, String> problems() {
		Map<String, String> problems = new LinkedHashMap<>();
		problems.put("400", "Некорректный запрос: поле errors называет поля / bad request: errors names the fields");
		problems.put("401", "Нет действующего токена / no valid access token");
		problems.put("403", "Недостаточно прав / not allowed to the caller");
		problems.put("404", "Не найдено или не видно вызывающему / not found, or not visible to the caller");
		problems.put("409", "Конфликт с сохранёнными данными, или запрос с тем же Idempotency-Key ещё выполняется "
				+ "либо выполнен с потерянным ответом / conflicts with stored data, or a request with the same "
				+ "Idempotency-Key is still running or was made and its answer lost");
		problems.put("412", "Версия в If-Match устарела / the If-Match version is stale");
		problems.put("413", "Тело запроса больше допустимого / the request body is too large");
		problems.put("415", "Неподдерживаемый тип содержимого / unsupported content type");
		problems.put("422", "Запрос противоречит правилу или Idempotency-Key использован для другого запроса / "
				+ "a rule refuses the request, or the Idempotency-Key was used for another request");
		problems.put("428", "Нужен заголовок If-Match / If-Match is required");
		problems.put("429", "Слишком много запросов: повторите через Retry-After секунд / too many requests: retry after Retry-After seconds");
		problems.put("500", "Внутренняя ошибка; данные не изменены / an internal error; nothing was changed");
		problems.put("503", "Сервис недоступен: повторите позже / the service is unavailable: retry later");
		return problems;
	}
}
