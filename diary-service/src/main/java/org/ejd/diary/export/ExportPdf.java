package org.ejd.diary.export;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ejd.diary.statements.StatementPdf;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;

/** The export's PDF summary: who the student is, how much the diary holds of each kind, and who read it. */
final class ExportPdf {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private ExportPdf() {
	}

	static byte[] write(FamilyExport.Export export) {
		Font regular = StatementPdf.font("liberation/LiberationSans-Regular.ttf", 10);
		Font bold = StatementPdf.font("liberation/LiberationSans-Bold.ttf", 10);
		Font title = StatementPdf.font("liberation/LiberationSans-Bold.ttf", 14);
		Font small = StatementPdf.font("liberation/LiberationSans-Regular.ttf", 8.5f);
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 50, 50, 50, 50);
		try {
			org.openpdf.text.pdf.PdfWriter.getInstance(document, pdf);
			document.addTitle("Сведения о персональных данных обучающегося");
			document.addCreator("eJD diary-service");
			document.open();
			FamilyExport.Person s = export.student();
			document.add(line(s.schoolName() != null ? s.schoolName() : "Образовательная организация", bold, 12));
			document.add(line("Сведения о персональных данных обучающегося (ст. 14 Федерального закона № 152-ФЗ)", title, 10));
			document.add(line("Обучающийся: " + Stream.of(s.lastName(), s.firstName(), s.middleName())
				.filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(" "))
					+ (s.birthDate() != null ? ", дата рождения " + DATE.format(s.birthDate()) : ""), regular, 2));
			document.add(line("Дата формирования: " + DATE.format(export.madeOn()), regular, 12));
			document.add(line("Что хранит электронный дневник", bold, 4));
			document.add(line("Классы и группы: " + export.classGroups().size() + "; законные представители: "
					+ export.representations().size() + "; текущие отметки: " + export.marks().size() + " (исправления и удаления: "
					+ export.markChanges().size() + "); отметки за периоды, годовые и итоговые: " + export.grades().size()
					+ "; записи посещаемости: " + export.attendance().size() + "; рекомендации педагогов: "
					+ export.recommendations().size() + "; достижения: " + export.achievements().size() + "; проходы в школу: "
					+ export.presence().size() + ".", regular, 10));
			document.add(line("Кто получал доступ к данным (получатели)", bold, 4));
			if (export.recipients().isEmpty()) {
				document.add(line("Обращений к данным не было.", regular, 8));
			}
			for (var r : export.recipients()) {
				document.add(line("Клиент «" + r.clientId() + "», роли: " + r.roles() + ", сведения: " + r.what() + ", обращений: "
						+ r.reads() + ", последнее " + DATE.format(r.lastReadAt()), small, 0));
			}
			document.add(line(" ", regular, 6));
			document.add(line("Полные сведения — в выгрузке JSON того же запроса (Accept: application/json).", small, 0));
			document.close();
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("cannot lay out the export summary", ex);
		}
		return pdf.toByteArray();
	}

	private static Paragraph line(String text, Font font, float after) {
		Paragraph paragraph = new Paragraph(text, font);
		paragraph.setSpacingAfter(after);
		return paragraph;
	}
}
