package org.ejd.diary;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The diary's finished spans, kept in memory where an OTLP exporter would send them (Boot adds every SpanProcessor bean). */
@TestConfiguration(proxyBeanMethods = false)
class RecordedSpans {

	static final List<SpanData> FINISHED = new CopyOnWriteArrayList<>();

	@Bean
	SpanProcessor recordingSpanProcessor() {
		return new SpanProcessor() {

			@Override
			public void onStart(Context parentContext, ReadWriteSpan span) {
			}

			@Override
			public boolean isStartRequired() {
				return false;
			}

			@Override
			public void onEnd(ReadableSpan span) {
				FINISHED.add(span.toSpanData());
			}

			@Override
			public boolean isEndRequired() {
				return true;
			}
		};
	}
}
