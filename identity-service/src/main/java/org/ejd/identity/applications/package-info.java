/** Access applications: registration with a 5-working-day deadline, refusal, the overdue report (A2, A4, A6). */
@org.jspecify.annotations.NullMarked
package org.ejd.identity.applications;
