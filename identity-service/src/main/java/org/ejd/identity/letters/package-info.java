/** The printable letters a school hands over on paper (A3). */
@org.jspecify.annotations.NullMarked
package org.ejd.identity.letters;
