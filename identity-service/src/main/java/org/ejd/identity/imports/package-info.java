/** Bulk import of a school's students, guardians and their links from a CSV file. */
@org.jspecify.annotations.NullMarked
package org.ejd.identity.imports;
