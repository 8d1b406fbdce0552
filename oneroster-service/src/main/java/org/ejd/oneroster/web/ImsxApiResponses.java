package org.ejd.oneroster.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The API document says what OneRoster clients get: errors of the service itself in the imsx envelope
 * ({@link ImsxErrorsController}, {@link OneRosterSecurity}), not the platform's problem+json; a refused rule and a body
 * of an unsupported type are 400 {@code invaliddata} there, so no 422 and no 415. What the gateway or the platform's
 * filters answer before the service (413, 429, 500, 503) stays a problem.
 */
@Component
class ImsxApiResponses implements GlobalOpenApiCustomizer {

	static final String PREFIX = "/ims/oneroster/";

	private static final Map<String, String> IMSX = Map.of(
			"400", "Неверный запрос (invalid_filter_field, invalid_selection_field, invaliddata) / a bad request",
			"401", "Нет действующего токена (unauthorisedrequest) / no valid access token",
			"403", "Нет нужного scope OneRoster или клиент не привязан (forbidden) / the OneRoster scope is missing or the "
					+ "client is not bound",
			"404", "Не найдено или вне охвата клиента (unknownobject) / not found, or outside the client's reach",
			"409", "Запись другого клиента или отметка учителя (invaliddata) / another client's record, or a teacher's own mark");

	@Override
	public void customise(OpenAPI api) {
		Components components = api.getComponents() == null ? new Components() : api.getComponents();
		api.setComponents(components);
		components.addSchemas("ImsxStatusInfo", statusInfo());
		IMSX.forEach((status, description) -> {
			ApiResponse response = new ApiResponse().description(description)
				.content(new Content().addMediaType("application/json",
						new MediaType().schema(new Schema<>().$ref("#/components/schemas/ImsxStatusInfo"))));
			// the gateway's headers, as on every answer (the platform's conventions)
			for (String header : List.of("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "Access-Control-Allow-Origin")) {
				response.addHeaderObject(header, new Header().$ref("#/components/headers/" + header));
			}
			components.addResponses("Imsx" + status, response);
		});
		if (api.getPaths() == null) {
			return;
		}
		api.getPaths().forEach((path, item) -> {
			if (!path.startsWith(PREFIX)) {
				return;
			}
			item.readOperations().forEach(operation -> {
				// a refused rule and an unsupported body type are 400 invaliddata here (ImsxErrorsController)
				operation.getResponses().remove("422");
				operation.getResponses().remove("415");
				IMSX.keySet().forEach(status -> {
					ApiResponse response = operation.getResponses().get(status);
					if (response != null && response.get$ref() != null && response.get$ref().endsWith("/Problem" + status)) {
						operation.getResponses().addApiResponse(status, new ApiResponse().$ref("#/components/responses/Imsx" + status));
					}
				});
			});
		});
	}

	private static Schema<?> statusInfo() {
		Schema<?> field = new ObjectSchema()
			.addProperty("imsx_codeMinorFieldName", new StringSchema().maxLength(100).example("TargetEndSystem"))
			.addProperty("imsx_codeMinorFieldValue", new StringSchema().maxLength(100).example("unknownobject"));
		field.setRequired(List.of("imsx_codeMinorFieldName", "imsx_codeMinorFieldValue"));
		Schema<?> codeMinor = new ObjectSchema()
			.addProperty("imsx_codeMinorField", new ArraySchema().items(field).maxItems(20));
		Schema<?> info = new ObjectSchema()
			.description("OneRoster 1.2 imsx_StatusInfo: описание для человека по-русски (по-английски по Accept-Language) / "
					+ "the OneRoster error body, its description for people in Russian (English by Accept-Language)")
			.addProperty("imsx_codeMajor", new StringSchema()._enum(List.of("success", "processing", "failure", "unsupported")))
			.addProperty("imsx_severity", new StringSchema()._enum(List.of("status", "warning", "error")))
			.addProperty("imsx_description", new StringSchema().maxLength(2000)
				.example("«7» — не отметка: score — целое от 1 до 5, textScore — как пишет шкала школы (зачёт, незачёт, н/а, осв.)."))
			.addProperty("imsx_CodeMinor", codeMinor);
		info.setRequired(List.of("imsx_codeMajor", "imsx_severity"));
		return info;
	}
}
