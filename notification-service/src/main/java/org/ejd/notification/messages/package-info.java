/** Personal messages (D10): threads about a student between a member of staff linked to the student and the family. */
@org.jspecify.annotations.NullMarked
package org.ejd.notification.messages;
