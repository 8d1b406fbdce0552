package org.ejd.diary.changes;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.ejd.platform.refusal.Refusal;

/**
 * Where a client is in one family's feed; opaque to the client (base64url). While {@code snapshot}, it pages the
 * current state by key after {@code afterKey}; then it reads the change log after position ({@code tx}, {@code seq}).
 * A snapshot's {@code tx} is the oldest transaction running when it began: every change the snapshot may have missed
 * has a transaction id at least that (docs/adr/0027). The caller's scope is not in it: it is decided again on each read.
 */
record FeedCursor(SyncedFamily family, boolean snapshot, long tx, long seq, String afterKey) {

	private static final String VERSION = "c1";

	static FeedCursor snapshotFrom(SyncedFamily family, long oldestRunningTx) {
		return new FeedCursor(family, true, oldestRunningTx, 0, "");
	}

	FeedCursor afterSnapshotKey(String key) {
		return new FeedCursor(family, true, tx, seq, key);
	}

	/** The snapshot is read: the changes from the position where it began. */
	FeedCursor changesAfterSnapshot() {
		return new FeedCursor(family, false, tx, 0, "");
	}

	FeedCursor at(long tx, long seq) {
		return new FeedCursor(family, false, tx, seq, "");
	}

	String encode() {
		String plain = String.join("|", VERSION, family.wireName(), snapshot ? "s" : "c", Long.toString(tx), Long.toString(seq),
				afterKey);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
	}

	/** A cursor of this family as {@link #encode()} wrote it; anything else (another family's cursor too) is 400. */
	static FeedCursor decode(SyncedFamily family, String cursor) {
		try {
			String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", -1);
			if (parts.length != 6 || !VERSION.equals(parts[0]) || !family.wireName().equals(parts[1])
					|| !("s".equals(parts[2]) || "c".equals(parts[2]))) {
				throw Refusal.invalid("diary.changes.bad-cursor");
			}
			long tx = Long.parseLong(parts[3]);
			long seq = Long.parseLong(parts[4]);
			if (tx < 0 || seq < 0 || parts[5].length() > 80) {
				throw Refusal.invalid("diary.changes.bad-cursor");
			}
			return new FeedCursor(family, "s".equals(parts[2]), tx, seq, parts[5]);
		}
		catch (IllegalArgumentException e) {
			throw Refusal.invalid("diary.changes.bad-cursor");
		}
	}
}
