/** Presence at school (D14): the entries and exits a school's access-control system posts, kept as facts and told to the diary. */
@org.jspecify.annotations.NullMarked
package org.ejd.journal.presence;
