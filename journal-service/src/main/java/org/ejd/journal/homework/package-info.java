/** Homework both ways (ADR 0044): students mark it done and hand in work, teachers return and mark it, "work owed" lists. */
@org.jspecify.annotations.NullMarked
package org.ejd.journal.homework;
