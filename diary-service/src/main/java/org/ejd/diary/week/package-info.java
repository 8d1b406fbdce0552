/** The family's week (D3–D6): one page per week, answered from the diary's own tables. */
@org.jspecify.annotations.NullMarked
package org.ejd.diary.week;
