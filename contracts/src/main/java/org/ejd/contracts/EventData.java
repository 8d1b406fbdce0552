package org.ejd.contracts;

/**
 * The {@code data} of one eJD event type, read into a record whose components are the schema's
 * properties; each record names its CloudEvents type and its topic in {@code TYPE} and {@code TOPIC}.
 */
public interface EventData {
}
