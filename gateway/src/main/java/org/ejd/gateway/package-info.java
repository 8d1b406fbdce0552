@org.jspecify.annotations.NullMarked
package org.ejd.gateway;
