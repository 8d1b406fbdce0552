/** The imsx error envelope and the security of the OneRoster endpoints. */
@org.jspecify.annotations.NullMarked
package org.ejd.oneroster.web;
