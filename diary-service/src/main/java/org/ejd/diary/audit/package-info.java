/** The diary's persistent, append-only record of who read whose data (152-FZ), and the school admin's view of it. */
@org.jspecify.annotations.NullMarked
package org.ejd.diary.audit;
