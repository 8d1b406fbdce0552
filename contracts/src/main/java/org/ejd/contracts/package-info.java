/**
 * Typed readers of the event contracts: one record per event type, next to its JSON Schema under
 * {@code contracts/events}, and {@link org.ejd.contracts.EventTypes}, which names the record of a type.
 */
@NullMarked
package org.ejd.contracts;

import org.jspecify.annotations.NullMarked;
