/** oneroster-service: the OneRoster 1.2 rostering and gradebook facade (ADR 0023). */
@org.jspecify.annotations.NullMarked
package org.ejd.oneroster;
