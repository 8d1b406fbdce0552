/** Idempotency keys on writes. */
@org.jspecify.annotations.NullMarked
package org.ejd.platform.idempotency;
