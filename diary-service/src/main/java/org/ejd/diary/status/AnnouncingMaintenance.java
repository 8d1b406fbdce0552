package org.ejd.diary.status;

import java.time.Duration;
import java.time.Instant;

import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Role;
import org.ejd.platform.time.SchoolTime;
import org.springframework.stereotype.Service;

/**
 * A region operator announces planned work (or withdraws the announcement); every diary instance shows it in the
 * public status from its next check (docs/adr/0038).
 */
@Service
class AnnouncingMaintenance {

	static final int MAX_TEXT = 500;

	static final Duration MAX_SPAN = Duration.ofDays(14);

	private final MaintenanceNotices notices;

	private final DependencyWatch watch;

	private final SchoolTime time;

	AnnouncingMaintenance(MaintenanceNotices notices, DependencyWatch watch, SchoolTime time) {
		this.notices = notices;
		this.watch = watch;
		this.time = time;
	}

	MaintenanceNotice announce(Caller caller, MaintenanceNotice notice) {
		requireOperator(caller);
		if (blankOrLong(notice.messageRu()) || blankOrLong(notice.messageEn())) {
			throw Refusal.invalid("diary.maintenance.bad-text");
		}
		Instant now = time.now();
		if (!notice.from().isBefore(notice.until()) || !notice.until().isAfter(now)
				|| Duration.between(notice.from(), notice.until()).compareTo(MAX_SPAN) > 0) {
			throw Refusal.invalid("diary.maintenance.bad-span");
		}
		MaintenanceNotice trimmed = new MaintenanceNotice(notice.messageRu().strip(), notice.messageEn().strip(), notice.from(),
				notice.until());
		notices.put(trimmed, caller.subject(), now);
		watch.maintenanceChanged(trimmed);
		return trimmed;
	}

	void withdraw(Caller caller) {
		requireOperator(caller);
		notices.clear();
		watch.maintenanceChanged(null);
	}

	private static void requireOperator(Caller caller) {
		if (!caller.has(Role.REGION_OPERATOR)) {
			throw Refusal.notAllowed("diary.maintenance.not-allowed");
		}
	}

	private static boolean blankOrLong(String text) {
		return text.isBlank() || text.length() > MAX_TEXT;
	}
}
