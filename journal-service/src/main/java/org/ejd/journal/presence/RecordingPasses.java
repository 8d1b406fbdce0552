package org.ejd.journal.presence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ejd.journal.directory.Directory;
import org.ejd.platform.ids.TimeOrderedIds;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.refusal.Refusal.FieldError;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Role;
import org.ejd.platform.time.SchoolTime;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A school's access-control system (a turnstile, a guard's tablet) posts a batch of its students' entries and exits
 * (D14). Only a client with the realm role {@code access-control} whose token names the school posts for it; the batch is
 * kept whole or refused whole (each bad pass named); a pass the system posted before (its own {@code passId}) is
 * recorded once, so a device that lost the answer simply sends the batch again. Lesson attendance stays the teacher's.
 */
@Service
public class RecordingPasses {

	static final int MAX_BATCH = 500;

	static final int MAX_ID = 100;

	/** A device's clock may run a little ahead of ours. */
	static final Duration FUTURE_SKEW = Duration.ofMinutes(5);

	/** A device offline over the holidays sends what it kept when it is back. */
	static final Duration OLDEST = Duration.ofDays(30);

	private final SchoolPasses passes;

	private final Directory directory;

	private final SchoolTime time;

	private final ApplicationEventPublisher events;

	RecordingPasses(SchoolPasses passes, Directory directory, SchoolTime time, ApplicationEventPublisher events) {
		this.passes = passes;
		this.directory = directory;
		this.time = time;
		this.events = events;
	}

	/** One pass as the system sends it: its own id, the student, {@code entry} or {@code exit}, when, and where (optional). */
	public record Pass(@Nullable String passId, @Nullable UUID studentId, @Nullable String direction, @Nullable Instant at,
			@Nullable String point) {
	}

	/** How many passes were new and how many the system had posted before. */
	public record Outcome(int recorded, int repeated) {
	}

	@Transactional
	public Outcome record(Caller caller, UUID schoolId, @Nullable List<Pass> batch) {
		if (!caller.actsIn(schoolId)) {
			throw Refusal.unknown("journal.school.not-found");
		}
		if (!caller.has(Role.ACCESS_CONTROL)) {
			throw Refusal.notAllowed("journal.pass.access-control-only");
		}
		if (batch == null || batch.isEmpty() || batch.size() > MAX_BATCH) {
			throw Refusal.invalid("journal.pass.batch-size", MAX_BATCH);
		}
		Instant now = time.now();
		List<FieldError> errors = rejected(schoolId, batch, now);
		if (!errors.isEmpty()) {
			throw Refusal.rejectedItems(Refusal.Kind.INVALID, "journal.pass.rejected", errors);
		}
		int recorded = 0;
		for (Pass p : batch) {
			SchoolPass pass = new SchoolPass(TimeOrderedIds.next(), schoolId, p.studentId(), p.direction(), p.at(),
					time.dateAt(schoolId, p.at()), caller.clientId(), p.passId().strip(), blankToNull(p.point()), now);
			if (passes.add(pass)) {
				events.publishEvent(new PresenceEvents.PassRecorded(TimeOrderedIds.next(), now, pass));
				recorded++;
			}
		}
		return new Outcome(recorded, batch.size() - recorded);
	}

	private List<FieldError> rejected(UUID schoolId, List<Pass> batch, Instant now) {
		List<FieldError> errors = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < batch.size(); i++) {
			Pass p = batch.get(i);
			String at = "passes[" + i + "].";
			if (p == null) {
				errors.add(new FieldError("passes[" + i + "]", "journal.pass.missing"));
				continue;
			}
			if (p.passId() == null || p.passId().isBlank() || p.passId().length() > MAX_ID) {
				errors.add(new FieldError(at + "passId", "journal.pass.id", MAX_ID));
			}
			else if (!ids.add(p.passId().strip())) {
				errors.add(new FieldError(at + "passId", "journal.pass.id-twice"));
			}
			if (p.studentId() == null || !directory.schoolOfStudent(p.studentId()).map(schoolId::equals).orElse(false)) {
				errors.add(new FieldError(at + "studentId", "journal.pass.student"));
			}
			if (!"entry".equals(p.direction()) && !"exit".equals(p.direction())) {
				errors.add(new FieldError(at + "direction", "journal.pass.direction"));
			}
			if (p.at() == null || p.at().isAfter(now.plus(FUTURE_SKEW)) || p.at().isBefore(now.minus(OLDEST))) {
				errors.add(new FieldError(at + "at", "journal.pass.at", OLDEST.toDays()));
			}
			if (p.point() != null && p.point().length() > MAX_ID) {
				errors.add(new FieldError(at + "point", "journal.pass.point", MAX_ID));
			}
		}
		return errors;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
