/** Small JDBC helpers every service's repositories share. */
@org.jspecify.annotations.NullMarked
package org.ejd.platform.jdbc;
