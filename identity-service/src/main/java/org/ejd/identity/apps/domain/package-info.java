/** The rules of a registered app's redirect addresses and scopes: plain Java. */
@org.jspecify.annotations.NullMarked
package org.ejd.identity.apps.domain;
