/** SMS behind one port: SMPP 3.4 and an HTTP aggregator, failover, a breaker, rate limiter and bulkhead per provider (N1). */
@org.jspecify.annotations.NullMarked
package org.ejd.notification.sms;
