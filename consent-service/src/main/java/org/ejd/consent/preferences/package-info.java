/** N2: what a recipient wants to hear about a student, on which channels, how often, and when not. */
@org.jspecify.annotations.NullMarked
package org.ejd.consent.preferences;
