/** C2: the delivery form, electronic or paper (a refusal of the electronic form). */
@org.jspecify.annotations.NullMarked
package org.ejd.consent.delivery;
