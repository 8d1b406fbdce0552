/** OneRoster 1.2 CSV of one school (bulk, or delta since a time) as a zip with its manifest, for school IT. */
@org.jspecify.annotations.NullMarked
package org.ejd.oneroster.export;
