/** notification-service: families are told of marks, absences and final marks by email and in-app (N1–N3). */
@org.jspecify.annotations.NullMarked
package org.ejd.notification;
