package org.ejd.identity.regions;

/**
 * A subject of the Russian Federation: its two-digit code, its name, and the time zone of its
 * capital, which a school of the region has unless it says otherwise.
 */
public record Region(String code, String name, String timeZone) {
}
