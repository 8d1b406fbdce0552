/** The rules of a complaint's deadline, plain Java. */
@org.jspecify.annotations.NullMarked
package org.ejd.diary.complaints.domain;
