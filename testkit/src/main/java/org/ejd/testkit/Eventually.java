package org.ejd.testkit;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waits for what arrives asynchronously (events, projections), without fixed sleeps. */
public final class Eventually {

	private Eventually() {
	}

	/** Calls until the result matches, and returns it; fails with the last result after the timeout. */
	public static <T> T until(Supplier<T> call, Predicate<? super T> done, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		T last = call.get();
		while (!done.test(last)) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("not reached within " + timeout + "; last: " + last);
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
			last = call.get();
		}
		return last;
	}
}
