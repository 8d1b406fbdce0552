/**
 * The school's access desk in public (A9, A10): its hours and contacts as the school admin sets them,
 * the open page and A4 poster on how to get access, and the printable application form pre-filled from
 * the registry.
 */
@org.jspecify.annotations.NullMarked
package org.ejd.identity.desk;
