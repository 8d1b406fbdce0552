/**
 * What a person is told about their own access (A4, A11, seed 004; issue 12): their application received,
 * refused, the access code sent to them, a temporary password, portal links ("if it wasn't you…"); and
 * what a school's admins are warned of (an application due on the next working day, or overdue).
 */
@org.jspecify.annotations.NullMarked
package org.ejd.notification.personal;
