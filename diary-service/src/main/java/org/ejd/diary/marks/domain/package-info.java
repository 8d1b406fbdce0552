/** The diary's marks rules in plain Java: the weighted average (docs/adr/0008) and the forecast rounding (docs/adr/0012). */
@org.jspecify.annotations.NullMarked
package org.ejd.diary.marks.domain;
