/** Metrics every service has that belong to no feature (docs/operations.md). */
@org.jspecify.annotations.NullMarked
package org.ejd.platform.metrics;
