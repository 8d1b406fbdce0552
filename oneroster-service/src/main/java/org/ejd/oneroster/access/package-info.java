/** Which OneRoster client sees which schools (configuration) and with which scopes (the token). */
@org.jspecify.annotations.NullMarked
package org.ejd.oneroster.access;
