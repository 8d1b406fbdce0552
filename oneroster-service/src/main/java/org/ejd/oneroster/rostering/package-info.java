/** OneRoster 1.2 Rostering service: orgs, schools, academicSessions, classes, courses, users, enrollments. */
@org.jspecify.annotations.NullMarked
package org.ejd.oneroster.rostering;
