/** Traces across HTTP, the outbox and Kafka (docs/adr/0035). */
@org.jspecify.annotations.NullMarked
package org.ejd.platform.tracing;
