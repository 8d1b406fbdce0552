package org.ejd.platform.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.ejd.platform.refusal.Refusal;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class UploadRuleTest {

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	private final UploadRule rule = new UploadRule(DataSize.ofKilobytes(1), UploadRule.DOCUMENTS_AND_PICTURES, "messages.attachment");

	@Test
	void aDocumentOfTheDeclaredTypeWithinTheSizePasses() {
		assertThatNoException().isThrownBy(() -> rule.check("zadachi.pdf", "application/pdf", PDF));
		assertThatNoException().isThrownBy(() -> rule.check("note.txt", "text/plain", "Пётр болел".getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void refusalsCarryTheServicesCodes() {
		assertThat(code(() -> rule.check("a.txt", "text/plain", new byte[0]))).isEqualTo("messages.attachment.empty");
		assertThat(code(() -> rule.check("a.txt", "text/plain", new byte[1025]))).isEqualTo("messages.attachment.too-large");
		assertThat(code(() -> rule.check("game.exe", "application/x-msdownload", new byte[] { 'M', 'Z' })))
			.isEqualTo("messages.attachment.type");
	}

	@Test
	void aProgramDeclaredAsAPdfIsRefusedByItsContent() {
		byte[] program = new byte[64];
		program[0] = 'M';
		program[1] = 'Z';
		assertThatThrownBy(() -> rule.check("homework.pdf.exe", "application/pdf", program)).isInstanceOf(Refusal.class)
			.extracting(ex -> ((Refusal) ex).messageKey()).isEqualTo("messages.attachment.type-mismatch");
		assertThat(code(() -> rule.check("zadachi.pdf", "application/pdf", "plain words".getBytes(StandardCharsets.UTF_8))))
			.isEqualTo("messages.attachment.type-mismatch");
	}

	private static String code(Runnable check) {
		try {
			check.run();
		}
		catch (Refusal refusal) {
			return refusal.messageKey();
		}
		throw new AssertionError("not refused");
	}
}
