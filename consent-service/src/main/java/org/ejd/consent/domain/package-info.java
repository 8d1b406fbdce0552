/** Domain types shared by the features: plain Java, no Spring. */
@org.jspecify.annotations.NullMarked
package org.ejd.consent.domain;
