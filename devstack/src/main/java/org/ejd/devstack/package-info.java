/** The whole eJD system on one machine: the local stack and what the system tests run on. */
@org.jspecify.annotations.NullMarked
package org.ejd.devstack;
