package org.ejd.diary.statements;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.ejd.platform.pdf.PdfFonts;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Statements on paper (D11): Russian, in the Liberation fonts embedded with Identity-H so that
 * Cyrillic prints the same everywhere; several statements in one file start each on a new page.
 */
public final class StatementPdf {

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private static final Map<String, String> STATUS = Map.of("absent", "отсутствие", "ill", "болезнь", "excused",
			"уважительная причина", "late", "опоздание");

	private static final Map<String, String> KIND = Map.of("period", "за период", "year", "годовая", "exam", "экзамен", "final",
			"итоговая");

	private StatementPdf() {
	}

	/** One document holding the statements in order, a page break between them. */
	public static byte[] write(List<Statement> statements, String creator) {
		Fonts fonts = Fonts.load();
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 50, 50, 50, 50);
		try {
			PdfWriter.getInstance(document, pdf);
			document.addTitle("Выписка из электронного дневника");
			document.addCreator(creator);
			document.open();
			boolean first = true;
			for (Statement statement : statements) {
				if (!first) {
					document.newPage();
				}
				first = false;
				page(document, fonts, statement);
			}
			if (statements.isEmpty()) {
				document.add(new Paragraph("Выписок нет.", fonts.regular()));
			}
			document.close();
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("cannot lay out the statement", ex);
		}
		return pdf.toByteArray();
	}

	private static void page(Document document, Fonts fonts, Statement s) throws DocumentException {
		document.add(paragraph(s.schoolName() != null ? s.schoolName() : "Образовательная организация", fonts.bold(), Element.ALIGN_LEFT, 16));
		document.add(paragraph("Выписка из электронного дневника", fonts.title(), Element.ALIGN_CENTER, 12));
		document.add(paragraph("Обучающийся: " + s.studentName()
				+ (s.classGroups().isEmpty() ? "" : ", класс " + String.join(", ", s.classGroups())), fonts.regular(), Element.ALIGN_LEFT, 2));
		document.add(paragraph("Период: с " + DATE.format(s.from()) + " по " + DATE.format(s.to()), fonts.regular(), Element.ALIGN_LEFT, 12));

		document.add(paragraph("Отметки", fonts.bold(), Element.ALIGN_LEFT, 4));
		if (s.subjects().isEmpty()) {
			document.add(paragraph("Отметок за период нет.", fonts.regular(), Element.ALIGN_LEFT, 8));
		}
		else {
			PdfPTable marks = table(new float[] { 3, 5, 1.4f }, fonts, "Предмет", "Отметки (дата)", "Средний балл");
			for (Statement.SubjectLine line : s.subjects()) {
				marks.addCell(cell(line.subjectName(), fonts.regular()));
				marks.addCell(cell(line.marks().stream().map(m -> m.value() + " (" + DATE.format(m.date()).substring(0, 5) + ")")
					.collect(Collectors.joining(", ")), fonts.regular()));
				marks.addCell(cell(line.average() != null ? line.average().toPlainString() : "—", fonts.regular()));
			}
			document.add(marks);
		}

		Statement.Attendance a = s.attendance();
		document.add(paragraph("Посещаемость", fonts.bold(), Element.ALIGN_LEFT, 4));
		document.add(paragraph("Пропущено уроков: " + a.absences() + " (по болезни: " + a.ill() + ", по уважительной причине: "
				+ a.excused() + "); опозданий: " + a.lates(), fonts.regular(), Element.ALIGN_LEFT, 2));
		for (Statement.Miss miss : a.misses()) {
			document.add(paragraph(DATE.format(miss.date()) + " — " + miss.subjectName() + ": "
					+ STATUS.getOrDefault(miss.status(), miss.status()), fonts.small(), Element.ALIGN_LEFT, 0));
		}

		document.add(paragraph("Домашние задания", fonts.bold(), Element.ALIGN_LEFT, 4));
		if (s.homework().isEmpty()) {
			document.add(paragraph("Заданий за период нет.", fonts.regular(), Element.ALIGN_LEFT, 8));
		}
		for (Statement.HomeworkLine h : s.homework()) {
			document.add(paragraph(DATE.format(h.date()) + " — " + h.subjectName() + ": " + h.homework()
					+ (h.due() != null ? " (к " + DATE.format(h.due()) + ")" : ""), fonts.small(), Element.ALIGN_LEFT, 0));
		}

		document.add(paragraph("Отметки за периоды", fonts.bold(), Element.ALIGN_LEFT, 4));
		if (s.periodMarks().isEmpty()) {
			document.add(paragraph("Пока нет.", fonts.regular(), Element.ALIGN_LEFT, 8));
		}
		for (Statement.PeriodMarkLine p : s.periodMarks()) {
			document.add(paragraph(p.periodName() + ", " + p.subjectName() + " (" + KIND.getOrDefault(p.kind(), p.kind()) + "): "
					+ (p.value() != null ? p.value() : "отложена до " + DATE.format(p.deferredUntil())), fonts.small(), Element.ALIGN_LEFT, 0));
		}

		if (!s.achievements().isEmpty()) {
			document.add(paragraph("Достижения", fonts.bold(), Element.ALIGN_LEFT, 4));
		}
		for (Statement.AchievementLine won : s.achievements()) {
			document.add(paragraph(DATE.format(won.awardedOn()) + " — " + won.title() + " (" + won.description()
					+ (won.subjectName() != null ? ", " + won.subjectName() : "") + "; " + won.issuer() + ")", fonts.small(),
					Element.ALIGN_LEFT, 0));
		}

		document.add(paragraph(" ", fonts.regular(), Element.ALIGN_LEFT, 12));
		document.add(paragraph("Дата выдачи: " + DATE.format(s.issuedOn()), fonts.regular(), Element.ALIGN_LEFT, 12));
		document.add(paragraph("Ответственное лицо школы: ______________________ / ______________________ /", fonts.regular(),
				Element.ALIGN_LEFT, 12));
		document.add(paragraph("Получил(а): ______________________ / ______________________ /  «___» __________ 20__ г.", fonts.regular(),
				Element.ALIGN_LEFT, 0));
	}

	private static PdfPTable table(float[] widths, Fonts fonts, String... headers) throws DocumentException {
		PdfPTable table = new PdfPTable(widths);
		table.setWidthPercentage(100);
		table.setSpacingAfter(8);
		for (String header : headers) {
			table.addCell(cell(header, fonts.bold()));
		}
		return table;
	}

	private static PdfPCell cell(String text, Font font) {
		PdfPCell cell = new PdfPCell(new Phrase(text, font));
		cell.setPadding(3);
		return cell;
	}

	static Paragraph paragraph(String text, Font font, int alignment, float after) {
		Paragraph paragraph = new Paragraph(text, font);
		paragraph.setAlignment(alignment);
		paragraph.setSpacingAfter(after);
		return paragraph;
	}

	/** The fonts of one document (made per document: cheap, and not shared across threads). */
	record Fonts(Font regular, Font bold, Font title, Font small) {

		static Fonts load() {
			return new Fonts(font("liberation/LiberationSans-Regular.ttf", 10), font("liberation/LiberationSans-Bold.ttf", 10),
					font("liberation/LiberationSans-Bold.ttf", 14), font("liberation/LiberationSans-Regular.ttf", 8.5f));
		}
	}

	/** The shared embedded font (platform PdfFonts), for the diary's other printouts too. */
	public static Font font(String file, float size) {
		return PdfFonts.font(file, size);
	}
}
