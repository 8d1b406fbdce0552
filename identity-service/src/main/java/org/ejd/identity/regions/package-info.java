/** The regions (subjects of the Russian Federation) and their municipalities, where schools are (A5). */
@org.jspecify.annotations.NullMarked
package org.ejd.identity.regions;
