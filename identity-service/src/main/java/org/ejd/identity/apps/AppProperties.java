package org.ejd.identity.apps;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ejd.identity.apps.allow-loopback-http}: whether a registered app may name a plain {@code http://localhost}
 * redirect (the local demo and tests only; off by default).
 */
@ConfigurationProperties("ejd.identity.apps")
record AppProperties(boolean allowLoopbackHttp) {
}
