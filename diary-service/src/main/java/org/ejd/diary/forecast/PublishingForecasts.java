package org.ejd.diary.forecast;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

import org.ejd.contracts.diary.ForecastPublished;
import org.ejd.diary.family.Family;
import org.ejd.diary.marks.Periods;
import org.ejd.platform.events.IntegrationEvent;
import org.ejd.platform.time.SchoolTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishing every student's forecast once a week (D8), school by school when the school's own
 * clock passes the weekday and hour: one transaction per school writes the week and the events
 * (the outbox), so a week goes out once, and a restart or a second replica never repeats it.
 */
@Service
public class PublishingForecasts {

	private final JdbcClient jdbc;

	private final Family family;

	private final Forecasts forecasts;

	private final Periods periods;

	private final SchoolTime time;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final WeeklyForecastSettings settings;

	PublishingForecasts(JdbcClient jdbc, Family family, Forecasts forecasts, Periods periods, SchoolTime time,
			ApplicationEventPublisher events, TransactionTemplate transactions, WeeklyForecastSettings settings) {
		this.jdbc = jdbc;
		this.family = family;
		this.forecasts = forecasts;
		this.periods = periods;
		this.time = time;
		this.events = events;
		this.transactions = transactions;
		this.settings = settings;
	}

	/** Publishes the week's forecasts of every school whose weekday and hour have come; answers how many went out. */
	public int publishDue() {
		int published = 0;
		for (UUID school : family.schoolsWithStudents()) {
			Integer count = transactions.execute(status -> publishFor(school));
			published += count != null ? count : 0;
		}
		return published;
	}

	private int publishFor(UUID school) {
		ZonedDateTime now = time.nowAt(school);
		LocalDate monday = now.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		ZonedDateTime due = monday.with(TemporalAdjusters.nextOrSame(settings.weekday())).atTime(settings.time()).atZone(now.getZone());
		if (now.isBefore(due)) {
			return 0;
		}
		var period = periods.current(school, now.toLocalDate()).filter(p -> p.holds(now.toLocalDate()));
		if (period.isEmpty()) {
			return 0;
		}
		int claimed = jdbc.sql("""
				insert into forecast_week (school_id, week_of, published_at, students) values (?, ?, ?, 0)
				on conflict (school_id, week_of) do nothing""")
			.params(school, monday, Timestamp.from(time.now())).update();
		if (claimed == 0) {
			return 0;
		}
		List<UUID> students = family.studentsOf(school);
		for (UUID student : students) {
			Forecasts.ForecastView view = forecasts.of(student, period.get().id());
			events.publishEvent(new ForecastMade(UUID.randomUUID(), time.now(), new ForecastPublished(student, school,
					period.get().id(), period.get().name(), monday, view.roundsUpFrom(), view.subjects().stream()
						.map(s -> new ForecastPublished.SubjectForecast(s.subjectName(), s.average(), s.expectedMark(), s.marksCounted(),
								s.plannedTests().size()))
						.toList())));
		}
		jdbc.sql("update forecast_week set students = ? where school_id = ? and week_of = ?").params(students.size(), school, monday)
			.update();
		return students.size();
	}

	/** diary.forecast.published on diary.forecasts.v1, keyed by student. */
	record ForecastMade(UUID eventId, Instant occurredAt, ForecastPublished forecast) implements IntegrationEvent {

		@Override public String topic() { return ForecastPublished.TOPIC; }
		@Override public String type() { return ForecastPublished.TYPE; }
		@Override public String key() { return forecast.studentId().toString(); }
		@Override public String subject() { return forecast.studentId().toString(); }
		@Override public UUID schoolId() { return forecast.schoolId(); }
		// one forecast a week: the week orders them
		@Override public long version() { return forecast.weekOf().toEpochDay(); }
		@Override public Object data() { return forecast; }
	}
}
