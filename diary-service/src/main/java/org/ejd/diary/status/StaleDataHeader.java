package org.ejd.diary.status;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Marks every diary answer while the diary is behind its events (docs/adr/0038): {@code Ejd-Data-Stale: <seconds>}
 * since it was last up to date. The data is served all the same: a family sees what the diary has, and knows it may
 * be missing the newest marks.
 */
@Component
class StaleDataHeader extends OncePerRequestFilter {

	static final String HEADER = "Ejd-Data-Stale";

	private final DependencyWatch watch;

	StaleDataHeader(DependencyWatch watch) {
		this.watch = watch;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return !(path.startsWith("/api/diary/") || path.startsWith("/Schedule/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		watch.staleSeconds().ifPresent(seconds -> response.setHeader(HEADER, Long.toString(seconds)));
		chain.doFilter(request, response);
	}
}
