package org.ejd.platform.time;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Time settings ({@code ejd.time.*}).
 *
 * @param defaultZone the zone of a school whose own zone is not known yet (identity publishes it
 *     with the school; this only covers a school registered before zones were published)
 */
@ConfigurationProperties("ejd.time")
public record TimeProperties(@DefaultValue("Europe/Moscow") ZoneId defaultZone) {
}
