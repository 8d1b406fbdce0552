package org.ejd.identity.accounts;

import static org.ejd.identity.letters.Letters.paragraph;

import org.ejd.identity.letters.Letters;
import org.openpdf.text.Element;
import org.springframework.stereotype.Component;

/**
 * The printable letter with a login and a temporary password (A3), for a holder who forgot the
 * password: made only in the answer that sets it, never stored, like the access-code letter.
 */
@Component
class PasswordLetter {

	byte[] render(AccountLifecycle.PasswordReset reset) {
		AccountLifecycle.PasswordReset.Holder holder = reset.holder();
		return Letters.write("Временный пароль к электронному дневнику", holder.schoolName(), holder.lastName(),
				holder.firstName(), holder.middleName(), holder.issuedOn(), (document, fonts) -> {
					document.add(paragraph("Логин:", fonts.regular(), Element.ALIGN_LEFT, 0, 4));
					document.add(paragraph(reset.username(), fonts.secret(18), Element.ALIGN_CENTER, 0, 10));
					document.add(paragraph("Временный пароль:", fonts.regular(), Element.ALIGN_LEFT, 0, 4));
					document.add(paragraph(reset.temporaryPassword(), fonts.secret(18), Element.ALIGN_CENTER, 0, 18));
					document.add(paragraph("1. Войдите в электронный дневник с этим логином и временным паролем.", fonts.regular(),
							Element.ALIGN_LEFT, 0, 4));
					document.add(paragraph("2. Дневник сразу попросит придумать новый пароль: не короче 12 знаков, с заглавными и строчными буквами, цифрой и спецсимволом, не совпадающий "
							+ "с логином.", fonts.regular(), Element.ALIGN_LEFT, 0, 4));
					document.add(paragraph("3. После этого временный пароль больше не действует; входите с новым.", fonts.regular(),
							Element.ALIGN_LEFT, 0, 14));
					document.add(paragraph("Прежний пароль уже не действует. Не сообщайте пароль другим людям: сотрудники школы его "
							+ "никогда не спрашивают.", fonts.regular(), Element.ALIGN_LEFT, 0, 30));
				}, null);
	}
}
