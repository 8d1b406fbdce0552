@org.jspecify.annotations.NullMarked
package org.ejd.identity.access;
