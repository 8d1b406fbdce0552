package org.ejd.diary.complaints;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.ejd.platform.pdf.PdfFonts;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The written answer to a written complaint (D12, 59-FZ art. 10): Russian, the school's header, the complaint's number
 * and dates, what was asked and what was answered, the journal entries that now fill the gap, a place to sign.
 * Liberation fonts embedded (platform PdfFonts), as the diary's statements.
 */
final class ComplaintAnswerPdf {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private static final Map<String, String> FORM = Map.of("electronic", "в электронном дневнике", "paper", "на бумаге", "oral",
			"устно");

	private ComplaintAnswerPdf() {
	}

	/** @param byGuardian whether a guardian complained (else the student) */
	record Answer(ComplaintView complaint, @Nullable String schoolName, boolean byGuardian) {
	}

	static byte[] write(Answer answer, String creator) {
		ComplaintView c = answer.complaint();
		Font regular = PdfFonts.font("liberation/LiberationSans-Regular.ttf", 10);
		Font bold = PdfFonts.font("liberation/LiberationSans-Bold.ttf", 10);
		Font title = PdfFonts.font("liberation/LiberationSans-Bold.ttf", 14);
		Font small = PdfFonts.font("liberation/LiberationSans-Regular.ttf", 8.5f);
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 50, 50, 50, 50);
		try {
			PdfWriter.getInstance(document, pdf);
			document.addTitle("Ответ на обращение № " + c.number());
			document.addCreator(creator);
			document.open();
			document.add(paragraph(answer.schoolName() != null ? answer.schoolName() : "Образовательная организация", bold,
					Element.ALIGN_LEFT, 16));
			document.add(paragraph("Ответ на обращение № " + c.number(), title, Element.ALIGN_CENTER, 4));
			document.add(paragraph("о сведениях электронного дневника", regular, Element.ALIGN_CENTER, 12));
			document.add(paragraph("Обращение поступило " + DATE.format(c.filedOn()) + " (" + FORM.getOrDefault(c.form(), c.form())
					+ "), срок ответа — до " + DATE.format(c.dueOn()) + ".", regular, Element.ALIGN_LEFT, 2));
			document.add(paragraph("Заявитель: " + (answer.byGuardian() ? "законный представитель обучающегося " : "обучающийся ")
					+ c.studentName() + ".", regular, Element.ALIGN_LEFT, 2));
			String about = (c.subjectName() != null ? "предмет «" + c.subjectName() + "»" : "все предметы")
					+ (c.from() != null && c.to() != null ? ", с " + DATE.format(c.from()) + " по " + DATE.format(c.to()) : "");
			document.add(paragraph("Предмет обращения: " + about + ".", regular, Element.ALIGN_LEFT, 12));

			document.add(paragraph("Содержание обращения", bold, Element.ALIGN_LEFT, 4));
			document.add(paragraph(c.text(), regular, Element.ALIGN_LEFT, 12));
			document.add(paragraph("Ответ", bold, Element.ALIGN_LEFT, 4));
			document.add(paragraph(c.answer() != null ? c.answer() : "", regular, Element.ALIGN_LEFT, 12));

			document.add(paragraph("Сведения, внесённые в электронный журнал", bold, Element.ALIGN_LEFT, 4));
			if (c.entries().isEmpty()) {
				document.add(paragraph("Новых записей не потребовалось.", regular, Element.ALIGN_LEFT, 12));
			}
			for (ComplaintView.Entry e : c.entries()) {
				String kind = e.kind().equals("mark") ? "отметка " : "урок: ";
				document.add(paragraph((e.date() != null ? DATE.format(e.date()) + " — " : "")
						+ (e.subjectName() != null ? e.subjectName() + ", " : "") + kind + (e.what() != null ? e.what() : "(запись изменена)"),
						small, Element.ALIGN_LEFT, 0));
			}

			document.add(paragraph(" ", regular, Element.ALIGN_LEFT, 12));
			document.add(paragraph("Дата ответа: " + (c.answeredOn() != null ? DATE.format(c.answeredOn()) : ""), regular,
					Element.ALIGN_LEFT, 16));
			document.add(paragraph("Директор ______________________ / ______________________ /", regular, Element.ALIGN_LEFT, 4));
			document.add(paragraph("М. П.", small, Element.ALIGN_LEFT, 0));
			document.close();
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("cannot lay out the answer", ex);
		}
		return pdf.toByteArray();
	}

	private static Paragraph paragraph(String text, Font font, int alignment, float after) {
		Paragraph paragraph = new Paragraph(text, font);
		paragraph.setAlignment(alignment);
		paragraph.setSpacingAfter(after);
		return paragraph;
	}
}
