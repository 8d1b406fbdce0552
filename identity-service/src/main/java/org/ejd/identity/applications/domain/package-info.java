/** Access applications as plain Java: the working-day calendar, deadlines, the portal age rule (A4, A6). */
@org.jspecify.annotations.NullMarked
package org.ejd.identity.applications.domain;
