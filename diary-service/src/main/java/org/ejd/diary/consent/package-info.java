/** C1, C2 as the diary follows them: whose data may be read electronically, and who gets paper statements. */
@org.jspecify.annotations.NullMarked
package org.ejd.diary.consent;
