/** The school's regime (D3): bell schedules by shift, in versions with their effective day. */
@org.jspecify.annotations.NullMarked
package org.ejd.journal.regime;
