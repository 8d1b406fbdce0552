/** Complaints about missing or wrong diary information (D12): filing, the school's register with deadlines, the answer and its PDF. */
@org.jspecify.annotations.NullMarked
package org.ejd.diary.complaints;
