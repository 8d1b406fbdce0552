package org.ejd.diary.statements;

import io.swagger.v3.oas.annotations.media.Schema;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ejd.diary.consent.DeliveryForms;
import org.ejd.diary.family.Family;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Role;
import org.ejd.platform.time.DaySpan;
import org.ejd.platform.time.SchoolTime;
import org.ejd.platform.web.paging.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The weekly paper batch (C2, D11): once a week per school, on its weekday and hour in its own zone,
 * one printable PDF with a statement per family on paper delivery for the week before, and the
 * register of what was printed for whom. A week without a batch since the last one is made late,
 * never skipped (docs/adr/0012); a reprint makes a new batch of the same week from today's data.
 */
@Service
public class PaperBatches {

	public static final int MAX_LIMIT = 100;

	/** How far back the catch-up goes at most in one round, so a long outage cannot make the job run for hours. */
	static final int MAX_CATCH_UP_WEEKS = 60;

	private final JdbcClient jdbc;

	private final DeliveryForms deliveryForms;

	private final Family family;

	private final Statements statements;

	private final SchoolTime time;

	private final TransactionTemplate transactions;

	private final PaperBatchSettings settings;

	PaperBatches(JdbcClient jdbc, DeliveryForms deliveryForms, Family family, Statements statements, SchoolTime time,
			TransactionTemplate transactions, PaperBatchSettings settings) {
		this.jdbc = jdbc;
		this.deliveryForms = deliveryForms;
		this.family = family;
		this.statements = statements;
		this.time = time;
		this.transactions = transactions;
		this.settings = settings;
	}

	/** Makes every batch that is due and missing, school by school, each in its own transaction; answers how many. */
	public int makeDue() {
		int made = 0;
		for (UUID school : family.schoolsWithStudents()) {
			for (LocalDate week : missingWeeks(school)) {
				Boolean done = transactions.execute(status -> make(school, week, null) != null);
				made += Boolean.TRUE.equals(done) ? 1 : 0;
			}
		}
		return made;
	}

	/** The weeks (their Mondays) due at the school and still without a first print, oldest first. */
	List<LocalDate> missingWeeks(UUID school) {
		LocalDate latest = latestDueWeek(time.nowAt(school));
		LocalDate last = jdbc.sql("select max(week_of) from paper_batch where school_id = ? and reprint_of is null").param(school)
			.query(LocalDate.class).optional().orElse(null);
		List<LocalDate> weeks = new ArrayList<>();
		LocalDate week = last == null ? latest : last.plusWeeks(1);
		if (latest.minusWeeks(MAX_CATCH_UP_WEEKS).isAfter(week)) {
			week = latest.minusWeeks(MAX_CATCH_UP_WEEKS);
		}
		for (; !week.isAfter(latest); week = week.plusWeeks(1)) {
			weeks.add(week);
		}
		return weeks;
	}

	/** The Monday of the last full week whose batch is due by now: the week before, from its weekday and hour on. */
	LocalDate latestDueWeek(ZonedDateTime now) {
		LocalDate week = now.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
		ZonedDateTime due = week.plusWeeks(1).with(TemporalAdjusters.nextOrSame(settings.weekday())).atTime(settings.time())
			.atZone(now.getZone());
		return now.isBefore(due) ? week.minusWeeks(1) : week;
	}

	/** Prints the week: one statement per student on paper, a page each, with its recipients in the register. */
	private @Nullable UUID make(UUID school, LocalDate week, @Nullable UUID reprintOf) {
		LocalDate today = time.today(school);
		DaySpan span = DaySpan.of(week, week.plusDays(6), "diary.period.bad");
		Map<UUID, List<DeliveryForms.OnPaper>> families = new LinkedHashMap<>();
		deliveryForms.onPaper(school, week.plusDays(6)).forEach(p -> families.computeIfAbsent(p.studentId(), s -> new ArrayList<>()).add(p));
		List<Statement> printed = new ArrayList<>();
		families.keySet().forEach(student -> printed.add(statements.of(student, span, today)));
		UUID id = UUID.randomUUID();
		int inserted = jdbc.sql("""
				insert into paper_batch (id, school_id, week_of, made_at, families, reprint_of, pdf) values (?, ?, ?, ?, ?, ?, ?)
				on conflict do nothing""")
			.params(id, school, week, Timestamp.from(time.now()), printed.size(), reprintOf,
					printed.isEmpty() ? null : StatementPdf.write(printed, "eJD diary-service"))
			.update();
		if (inserted == 0) {
			return null;
		}
		int page = 1;
		for (List<DeliveryForms.OnPaper> family : families.values()) {
			for (DeliveryForms.OnPaper p : family) {
				jdbc.sql("""
						insert into paper_batch_item (batch_id, student_id, recipient_id, reason, page) values (?, ?, ?, ?, ?)
						on conflict do nothing""").params(id, p.studentId(), p.recipientId(), p.reason(), page).update();
			}
			page++;
		}
		return id;
	}

	@Transactional(readOnly = true)
	public Page list(Caller caller, UUID school, @Nullable String cursor, int limit) {
		requireAdmin(caller, school);
		PageRequest.limit(limit, MAX_LIMIT);
		long before = cursor == null ? Long.MAX_VALUE : parse(cursor);
		List<Batch> batches = jdbc.sql("""
				select id, seq, week_of, made_at, families, reprint_of from paper_batch where school_id = ? and seq < ?
				order by seq desc limit ?""")
			.params(school, before, limit + 1).query(Batch.class).list();
		String next = null;
		if (batches.size() > limit) {
			batches = batches.subList(0, limit);
			next = Base64.getUrlEncoder().withoutPadding()
				.encodeToString(Long.toString(batches.getLast().seq()).getBytes(StandardCharsets.UTF_8));
		}
		return new Page(batches, next);
	}

	@Transactional(readOnly = true)
	public Register register(Caller caller, UUID school, UUID batchId) {
		requireAdmin(caller, school);
		Batch batch = batch(school, batchId);
		return new Register(batch, jdbc.sql("""
				select student_id, recipient_id, reason, page, handed_over_at, handed_over_by from paper_batch_item
				where batch_id = ? order by page, recipient_id""").param(batchId).query(Item.class).list());
	}

	@Transactional(readOnly = true)
	public byte[] pdf(Caller caller, UUID school, UUID batchId) {
		requireAdmin(caller, school);
		batch(school, batchId);
		byte[] pdf = jdbc.sql("select pdf from paper_batch where id = ?").param(batchId).query(byte[].class).optional().orElse(null);
		return pdf != null ? pdf : StatementPdf.write(List.of(), "eJD diary-service");
	}

	/** The school marks a family's statement as handed over to a recipient; the first hand-over stays. */
	@Transactional
	public Item handOver(Caller caller, UUID school, UUID batchId, UUID studentId, UUID recipientId) {
		requireAdmin(caller, school);
		batch(school, batchId);
		jdbc.sql("""
				update paper_batch_item set handed_over_at = ?, handed_over_by = ?
				where batch_id = ? and student_id = ? and recipient_id = ? and handed_over_at is null""")
			.params(Timestamp.from(time.now()), caller.person(), batchId, studentId, recipientId).update();
		return jdbc.sql("""
				select student_id, recipient_id, reason, page, handed_over_at, handed_over_by from paper_batch_item
				where batch_id = ? and student_id = ? and recipient_id = ?""").params(batchId, studentId, recipientId)
			.query(Item.class).optional().orElseThrow(() -> Refusal.unknown("diary.paper-batch.item-not-found"));
	}

	/** A new batch of the same week from the read model as it is now (a lost or spoiled printout). */
	@Transactional
	public Batch reprint(Caller caller, UUID school, UUID batchId) {
		requireAdmin(caller, school);
		Batch original = batch(school, batchId);
		UUID id = make(school, original.weekOf(), original.reprintOf() != null ? original.reprintOf() : original.id());
		return batch(school, java.util.Objects.requireNonNull(id));
	}

	private Batch batch(UUID school, UUID batchId) {
		return jdbc.sql("select id, seq, week_of, made_at, families, reprint_of from paper_batch where id = ? and school_id = ?")
			.params(batchId, school).query(Batch.class).optional()
			.orElseThrow(() -> Refusal.unknown("diary.paper-batch.not-found"));
	}

	/** Only the school's admin: a teacher, another school's admin or a family learns nothing, not even that the school has batches. */
	private static void requireAdmin(Caller caller, UUID school) {
		if (!caller.has(Role.SCHOOL_ADMIN) || !caller.actsIn(school)) {
			throw Refusal.unknown("diary.school.not-found");
		}
	}

	private static long parse(String cursor) {
		try {
			return Long.parseLong(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
		}
		catch (IllegalArgumentException ex) {
			throw Refusal.invalid("diary.reads.bad-cursor");
		}
	}

	/** @param weekOf the Monday of the week printed; {@code reprintOf} the first print when this is a reprint */
	public record Batch(UUID id, long seq, LocalDate weekOf, OffsetDateTime madeAt, int families, @Nullable UUID reprintOf) {
	}

	@Schema(name = "PaperBatchPage") // one schema per feature (springdoc names by simple name)
	public record Page(List<Batch> items, @Nullable String nextCursor) {
	}

	public record Register(Batch batch, List<Item> items) {
	}

	/** @param page the page of the batch the family's statement starts on */
	public record Item(UUID studentId, UUID recipientId, String reason, int page, @Nullable OffsetDateTime handedOverAt,
			@Nullable UUID handedOverBy) {
	}
}
