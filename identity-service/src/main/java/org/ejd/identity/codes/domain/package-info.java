/** Access codes as plain Java: the code text, its salted hash, its states. */
@org.jspecify.annotations.NullMarked
package org.ejd.identity.codes.domain;
