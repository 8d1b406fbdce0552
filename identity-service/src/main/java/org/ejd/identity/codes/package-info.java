/** Personal access codes: issued by the school for an application, redeemed once by the holder (A3, A4). */
@org.jspecify.annotations.NullMarked
package org.ejd.identity.codes;
