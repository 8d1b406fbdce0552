package org.ejd.platform.web.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.ejd.platform.refusal.Refusal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class PagingTest {

	@AfterEach
	void forgetTheRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void aCursorComesBackAsTheSortKeyItWasMadeOf() {
		Cursor cursor = Cursor.of("2026-11-23", "Математика", "6a1f0b44-2c1e-4bb4-a0f1-7f4e5e1d9a10");
		String text = cursor.encode();
		assertThat(text).matches("[A-Za-z0-9_-]+").doesNotContain("Математика");
		assertThat(PageRequest.of(10, text, 3, 50, 500).after()).isEqualTo(cursor);
	}

	@Test
	void aLimitUpToTheCapIsTakenAndNoLimitTakesTheDefault() {
		assertThat(PageRequest.of(500, null, 1, 50, 500).limit()).isEqualTo(500);
		assertThat(PageRequest.limit(100, 100)).isEqualTo(100);
		assertThat(PageRequest.of(null, null, 1, 50, 500).limit()).isEqualTo(50);
		assertThat(PageRequest.of(7, null, 1, 50, 500).fetchSize()).isEqualTo(8);
	}

	@Test
	void aLimitOutsideOneToTheCapOrAMadeUpCursorIsRefusedAsBadInputNamingTheCap() {
		for (ThrowingCallable outside : List.<ThrowingCallable>of(() -> PageRequest.of(0, null, 1, 50, 500),
				() -> PageRequest.of(501, null, 1, 50, 500), () -> PageRequest.limit(101, 100), () -> PageRequest.limit(-1, 100))) {
			assertThatThrownBy(outside).isInstanceOfSatisfying(Refusal.class, r -> {
				assertThat(r.kind()).isEqualTo(Refusal.Kind.INVALID);
				assertThat(r.messageKey()).isEqualTo("problem.paging.bad-limit");
			});
		}
		for (String bad : List.of("not base64!", Cursor.of("a", "b").encode(), "x".repeat(600), "AAAA")) {
			assertThatThrownBy(() -> PageRequest.of(5, bad, 3, 50, 500)).as(bad).isInstanceOfSatisfying(Refusal.class,
					r -> assertThat(r.messageKey()).isEqualTo("problem.paging.bad-cursor"));
		}
	}

	@Test
	void aCursorPartReadsAsItsTypeAndAPartOfTheWrongTypeIsABadCursor() {
		Cursor cursor = Cursor.of("2026-11-23", 3, "2026-11-23T08:30Z", "6a1f0b44-2c1e-4bb4-a0f1-7f4e5e1d9a10");
		assertThat(cursor.date(0)).isEqualTo(java.time.LocalDate.of(2026, 11, 23));
		assertThat(cursor.integer(1)).isEqualTo(3);
		assertThat(cursor.time(2)).isEqualTo(java.time.OffsetDateTime.parse("2026-11-23T08:30Z"));
		assertThat(cursor.uuid(3)).isEqualTo(java.util.UUID.fromString("6a1f0b44-2c1e-4bb4-a0f1-7f4e5e1d9a10"));
		Cursor wrong = Cursor.of("x", "y", "z", "w");
		List<ThrowingCallable> reads = List.of(() -> wrong.date(0), () -> wrong.integer(1), () -> wrong.time(2),
				() -> wrong.uuid(3));
		for (ThrowingCallable read : reads) {
			assertThatThrownBy(read).isInstanceOfSatisfying(Refusal.class,
					r -> assertThat(r.messageKey()).isEqualTo("problem.paging.bad-cursor"));
		}
	}

	@Test
	void theExtraRowFetchedSaysThereIsANextPageStartingAfterTheLastKeptItem() {
		PageRequest request = PageRequest.of(2, null, 1, 50, 500);
		Page<Integer> first = Page.of(List.of(1, 2, 3), request, n -> Cursor.of(n));
		assertThat(first.items()).containsExactly(1, 2);
		assertThat(first.next()).isEqualTo(Cursor.of(2));
		Page<Integer> last = Page.of(List.of(3), request, n -> Cursor.of(n));
		assertThat(last.next()).isNull();
	}

	@Test
	void theNextLinkKeepsTheQueryAndReplacesCursorAndLimit() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/diary/students/s1/marks");
		request.setQueryString("from=2026-09-01&cursor=old&limit=500");
		request.addParameter("from", "2026-09-01");
		request.addParameter("cursor", "old");
		request.addParameter("limit", "500");
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		PageRequest paging = PageRequest.of(500, null, 1, 50, 500);
		var answer = Paging.answer(new Page<>(List.of("a"), Cursor.of("a")), paging);
		assertThat(answer.getHeaders().getFirst("Link"))
			.isEqualTo("</api/diary/students/s1/marks?from=2026-09-01&cursor=" + Cursor.of("a").encode() + "&limit=500>; rel=\"next\"");
		assertThat(Paging.answer(new Page<>(List.of("a"), null), paging).getHeaders().containsHeader("Link")).isFalse();
	}

	@Test
	void aListWithItsOwnPageObjectAnswersTheSameNextLinkAndKeepsItsBody() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/notifications/me/feed");
		request.setQueryString("limit=100");
		request.addParameter("limit", "100");
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		record FeedPage(List<String> items, String nextCursor) {
		}
		FeedPage body = new FeedPage(List.of("a"), "b2xk");
		var answer = Paging.answer(body, body.nextCursor(), 100);
		assertThat(answer.getBody()).isSameAs(body);
		assertThat(answer.getHeaders().getFirst("Link")).isEqualTo("</api/notifications/me/feed?cursor=b2xk&limit=100>; rel=\"next\"");
		assertThat(Paging.answer(body, null, 100).getHeaders().containsHeader("Link")).isFalse();
	}
}
