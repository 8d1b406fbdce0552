/** How a text becomes SMS segments: the GSM 7-bit alphabet or UCS-2, single or concatenated. */
@org.jspecify.annotations.NullMarked
package org.ejd.notification.sms.domain;
