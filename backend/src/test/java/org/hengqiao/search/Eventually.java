package org.hengqiao.search;

import java.time.Duration;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.fail;

/** Polls until a condition holds (the index is eventually consistent with the database by design). */
public final class Eventually {

	private Eventually() {
	}

	public static long within(Duration timeout, String what, Supplier<Boolean> condition) {
		long start = System.nanoTime();
		long deadline = start + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			try {
				if (condition.get()) {
					return (System.nanoTime() - start) / 1_000_000;
				}
			}
			catch (RuntimeException ex) {
				// not yet
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		fail("Not within %s: %s", timeout, what);
		return -1;
	}

}
