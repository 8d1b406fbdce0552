package org.ejd.identity.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.ejd.platform.time.SchoolTime;
import org.ejd.identity.access.SchoolAccess;
import org.ejd.identity.people.People;
import org.ejd.identity.people.Person;
import org.ejd.identity.people.PersonRegistry;
import org.ejd.identity.people.Snils;
import org.ejd.identity.representations.Representation;
import org.ejd.identity.representations.RepresentationRegistry;
import org.ejd.identity.schools.Schools;
import org.ejd.platform.security.Caller;
import org.ejd.platform.refusal.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A school IT operator imports students, guardians and their links from a CSV file (Russian headers, UTF-8 or
 * Windows-1251, {@code ;} or {@code ,}). A guardian's SNILS is optional and never kept by the import: identity keeps one
 * only under a written consent on file (C4), which a newly imported guardian cannot have yet. Every row is checked first; if any is wrong, the answer lists each rejected
 * row and nothing is written. Otherwise all of it is written in one transaction through the registries, so the same
 * events leave through the outbox. Each import is recorded so that a front-end can poll it.
 */
@Service
public class CsvImport {

	static final int MAX_ROWS = 5000;

	static final int MAX_BYTES = 2 * 1024 * 1024;

	static final String TYPE = "тип", LAST = "фамилия", FIRST = "имя", MIDDLE = "отчество", BIRTH = "дата рождения",
			SNILS = "снилс", KEY = "ключ", CHILD = "ребёнок", BASIS = "основание";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);

	private final PersonRegistry personRegistry;

	private final RepresentationRegistry representationRegistry;

	private final People people;

	private final Schools schools;

	private final PersonImports imports;

	private final TransactionTemplate transactions;

	private final SchoolAccess access;

	private final SchoolTime time;

	CsvImport(PersonRegistry personRegistry, RepresentationRegistry representationRegistry, People people, Schools schools,
			PersonImports imports, TransactionTemplate transactions, SchoolAccess access, SchoolTime time) {
		this.personRegistry = personRegistry;
		this.representationRegistry = representationRegistry;
		this.people = people;
		this.schools = schools;
		this.imports = imports;
		this.transactions = transactions;
		this.access = access;
		this.time = time;
	}

	/** Imports the file: all of it or, if any row is wrong, nothing (422 with every rejected row). */
	public PersonImport run(Caller caller, UUID schoolId, byte[] file, @Nullable Charset declared) {
		requireSchool(caller, schoolId);
		if (file.length > MAX_BYTES) {
			throw Refusal.tooLarge("identity.import.too-large", String.valueOf(MAX_ROWS));
		}
		List<Row> rows = parse(decode(file, declared));
		UUID id = UUID.randomUUID();
		transactions.executeWithoutResult(tx -> imports.start(id, schoolId, caller.subject(), time.now(), rows.size()));
		List<Refusal.FieldError> rejected = validate(rows, time.today(schoolId));
		if (!rejected.isEmpty()) {
			transactions.executeWithoutResult(tx -> imports.finish(id, "REJECTED", time.now(), rejected.size(), 0, 0, 0));
			throw Refusal.rejectedItems("identity.import.rejected", rejected);
		}
		try {
			transactions.executeWithoutResult(tx -> write(caller, schoolId, id, rows));
		}
		catch (RuntimeException ex) {
			transactions.executeWithoutResult(tx -> imports.finish(id, "FAILED", time.now(), 0, 0, 0, 0));
			throw ex;
		}
		return imports.find(schoolId, id).orElseThrow();
	}

	public PersonImport find(Caller caller, UUID schoolId, UUID id) {
		requireSchool(caller, schoolId);
		return imports.find(schoolId, id).orElseThrow(() -> Refusal.unknown("identity.import.not-found"));
	}

	private void requireSchool(Caller caller, UUID schoolId) {
		access.requireManager(caller, schoolId);
		if (!schools.exists(schoolId)) {
			throw Refusal.unknown("identity.school.not-found");
		}
	}

	/**
	 * Students first, then guardians, then their links: each kind registered in one batch through its registry, which
	 * checks it as it checks one and publishes an event for each (issue 13: a class's 25 students, 50 guardians and 50 links took some 275 statements, now five; ADR 0108).
	 */
	private void write(Caller caller, UUID schoolId, UUID id, List<Row> rows) {
		List<Row> studentRows = rows.stream().filter(Row::student).toList();
		List<Row> guardianRows = rows.stream().filter(row -> !row.student()).toList();
		List<Person> students = personRegistry.registerStudents(caller, schoolId,
				studentRows.stream().map(row -> new PersonRegistry.NewStudent(row.name(), row.birthDate())).toList());
		Map<String, UUID> studentByKey = new HashMap<>();
		for (int i = 0; i < studentRows.size(); i++) {
			studentByKey.put(studentRows.get(i).key(), students.get(i).id());
		}
		List<Person> guardians = personRegistry.registerGuardians(caller, schoolId,
				guardianRows.stream().map(row -> new PersonRegistry.NewGuardian(row.name(), row.snils())).toList());
		List<RepresentationRegistry.NewLink> links = new ArrayList<>();
		for (int i = 0; i < guardianRows.size(); i++) {
			for (String child : guardianRows.get(i).children()) {
				links.add(new RepresentationRegistry.NewLink(guardians.get(i).id(), studentByKey.get(child), guardianRows.get(i).basis()));
			}
		}
		if (!links.isEmpty()) {
			representationRegistry.establishAll(caller, links, time.today(schoolId));
		}
		imports.finish(id, "DONE", time.now(), 0, students.size(), guardians.size(), links.size());
	}

	/** The charset the request declares, else UTF-8 if the bytes are strict UTF-8, else Windows-1251. */
	static String decode(byte[] file, @Nullable Charset declared) {
		String text;
		if (declared != null) {
			text = new String(file, declared);
		}
		else {
			try {
				text = StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(file))
					.toString();
			}
			catch (CharacterCodingException ex) {
				text = new String(file, Charset.forName("windows-1251"));
			}
		}
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	static List<Row> parse(String text) {
		String headerLine = text.lines().filter(l -> !l.isBlank()).findFirst()
			.orElseThrow(() -> Refusal.invalid("identity.import.empty"));
		char separator = count(headerLine, ';') >= count(headerLine, ',') ? ';' : ',';
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(true).setTrim(true).get();
		List<CSVRecord> records;
		try {
			records = format.parse(new StringReader(text)).getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (RuntimeException ex) {
			throw Refusal.invalid("identity.import.bad-csv");
		}
		if (records.size() - 1 > MAX_ROWS) {
			throw Refusal.tooLarge("identity.import.too-large", String.valueOf(MAX_ROWS));
		}
		Map<String, Integer> columns = new HashMap<>();
		CSVRecord header = records.getFirst();
		for (int i = 0; i < header.size(); i++) {
			columns.put(header.get(i).strip().toLowerCase(Locale.ROOT).replace('ё', 'е'), i);
		}
		for (String required : List.of(TYPE, LAST, FIRST, KEY)) {
			if (!columns.containsKey(required.replace('ё', 'е'))) {
				throw Refusal.invalid("identity.import.missing-column", capitalized(required));
			}
		}
		List<Row> rows = new ArrayList<>();
		for (CSVRecord record : records.subList(1, records.size())) {
			Map<String, String> cells = new HashMap<>();
			for (String column : List.of(TYPE, LAST, FIRST, MIDDLE, BIRTH, SNILS, KEY, CHILD, BASIS)) {
				Integer index = columns.get(column.replace('ё', 'е'));
				cells.put(column, index != null && index < record.size() ? record.get(index).strip() : "");
			}
			rows.add(new Row(record.getRecordNumber(), cells));
		}
		return rows;
	}

	/** Every rejected row, once, with the first thing wrong in it. */
	private List<Refusal.FieldError> validate(List<Row> rows, LocalDate today) {
		Map<String, Row> keys = new HashMap<>();
		Map<String, Long> snilses = new HashMap<>();
		Map<Long, Refusal.FieldError> rejected = new LinkedHashMap<>();
		for (Row row : rows) {
			Refusal.FieldError error = check(row, keys, snilses, today);
			if (error != null) {
				rejected.put(row.number(), error);
			}
			if (!row.key().isEmpty()) {
				keys.putIfAbsent(row.key(), row);
			}
		}
		for (Row row : rows) {
			if (rejected.containsKey(row.number()) || row.student()) {
				continue;
			}
			for (String child : row.children()) {
				Row target = keys.get(child);
				if (target == null || !target.student()) {
					rejected.put(row.number(), row.error(CHILD, "identity.import.unknown-child", child));
					break;
				}
			}
		}
		return List.copyOf(rejected.values());
	}

	private Refusal.@Nullable FieldError check(Row row, Map<String, Row> keys, Map<String, Long> snilses, LocalDate today) {
		String type = row.cell(TYPE).toLowerCase(Locale.ROOT);
		if (!type.equals("обучающийся") && !type.equals("родитель")) {
			return row.error(TYPE, "identity.import.bad-type");
		}
		for (String column : List.of(LAST, FIRST, KEY)) {
			if (row.cell(column).isEmpty()) {
				return row.error(column, "identity.import.missing", capitalized(column));
			}
		}
		for (String column : List.of(LAST, FIRST, MIDDLE)) {
			if (row.cell(column).length() > 100) {
				return row.error(column, "identity.import.too-long", capitalized(column));
			}
		}
		Row same = keys.get(row.key());
		if (same != null) {
			return row.error(KEY, "identity.import.key-duplicate", row.key(), String.valueOf(same.number()));
		}
		if (row.student()) {
			LocalDate birth;
			try {
				birth = LocalDate.parse(row.cell(BIRTH), DATE);
			}
			catch (DateTimeParseException ex) {
				return row.error(BIRTH, "identity.import.bad-date");
			}
			if (birth.isAfter(today) || birth.isBefore(today.minusYears(30))) {
				return row.error(BIRTH, "identity.import.bad-date");
			}
			return null;
		}
		// C4: a guardian is registered without SNILS (a new person has no written consent on file, so none is kept);
		// one given anyway is still checked, so a wrong number in the school's file does not pass unnoticed
		if (!row.snils().isEmpty()) {
			Snils snils;
			try {
				snils = Snils.parse(row.snils());
			}
			catch (IllegalArgumentException ex) {
				return row.error(SNILS, "identity.person.bad-snils");
			}
			Long earlier = snilses.putIfAbsent(snils.digits(), row.number());
			if (earlier != null) {
				return row.error(SNILS, "identity.import.snils-duplicate", String.valueOf(earlier));
			}
			if (people.snilsTaken(snils.digits())) {
				return row.error(SNILS, "identity.person.snils-taken");
			}
		}
		if (row.children().isEmpty()) {
			return row.error(CHILD, "identity.import.missing", capitalized(CHILD));
		}
		if (basis(row.cell(BASIS)) == null) {
			return row.error(BASIS, "identity.import.bad-basis");
		}
		return null;
	}

	static Representation.@Nullable Basis basis(String text) {
		return switch (text.toLowerCase(Locale.ROOT)) {
			case "", "родитель" -> Representation.Basis.PARENT;
			case "опекун" -> Representation.Basis.GUARDIAN;
			case "попечитель" -> Representation.Basis.CUSTODIAN;
			default -> null;
		};
	}

	/** The column as its header is written: «СНИЛС», «Дата рождения». */
	private static String capitalized(String column) {
		return column.equals(SNILS) ? "СНИЛС" : Character.toUpperCase(column.charAt(0)) + column.substring(1);
	}

	private static long count(String line, char c) {
		return line.chars().filter(x -> x == c).count();
	}

	/** A data row: its record number (the header is record 1, so the first data row is row 2, as in Excel). */
	record Row(long number, Map<String, String> cells) {

		String cell(String column) {
			return cells.getOrDefault(column, "");
		}

		boolean student() {
			return cell(TYPE).toLowerCase(Locale.ROOT).equals("обучающийся");
		}

		String key() {
			return cell(KEY);
		}

		List<String> children() {
			return List.of(cell(CHILD).split("[\\s,;]+")).stream().filter(s -> !s.isEmpty()).toList();
		}

		PersonRegistry.Name name() {
			String middle = cell(MIDDLE);
			return new PersonRegistry.Name(cell(LAST), cell(FIRST), middle.isEmpty() ? null : middle);
		}

		LocalDate birthDate() {
			return LocalDate.parse(cell(BIRTH), DATE);
		}

		String snils() {
			return cell(SNILS);
		}

		Representation.Basis basis() {
			Representation.Basis basis = CsvImport.basis(cell(BASIS));
			return basis == null ? Representation.Basis.PARENT : basis;
		}

		Refusal.FieldError error(String column, String messageKey, Object... arguments) {
			return new Refusal.FieldError("row " + number + "/" + capitalized(column), messageKey, arguments);
		}
	}
}
