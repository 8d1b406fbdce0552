/** Every read of a student's data through OneRoster, kept (152-FZ). */
@org.jspecify.annotations.NullMarked
package org.ejd.oneroster.audit;
