package org.ejd.diary.fgis;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The FGIS «Моя школа» contract ({@code ejd.diary.fgis.*}). Where the public description is vague the serializer follows
 * this configuration; each default and its source is listed in ADR 0021.
 *
 * @param clients the OAuth2 client ids of registered FGIS clients (client credentials); any other client gets 403
 * @param role the realm role such a client's service account carries
 * @param scope the client scope its token must carry besides the role (asked for with {@code scope=})
 * @param maxDays the longest span one request may ask for, both ends included
 * @param attendanceCodes the attendance code sent for each diary attendance status; a status not listed sends none
 * @param scoreSystems the score system name sent for each diary mark scale
 * @param fieldNames wire names for fields of the Schedule tree, by our canonical name ({@code insteadOf}, {@code classroom}
 *        ...); a field not listed keeps its canonical name
 */
@ConfigurationProperties("ejd.diary.fgis")
public record FgisProperties(List<String> clients, @DefaultValue("fgis") String role,
		@DefaultValue("fgis.schedule") String scope, @DefaultValue("31") int maxDays,
		Map<String, String> attendanceCodes, Map<String, String> scoreSystems, Map<String, String> fieldNames) {

	public FgisProperties {
		clients = clients == null ? List.of() : List.copyOf(clients);
		attendanceCodes = attendanceCodes == null ? Map.of() : Map.copyOf(attendanceCodes);
		scoreSystems = scoreSystems == null ? Map.of() : Map.copyOf(scoreSystems);
		fieldNames = fieldNames == null ? Map.of() : Map.copyOf(fieldNames);
	}
}
