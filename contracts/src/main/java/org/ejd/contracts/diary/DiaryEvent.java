package org.ejd.contracts.diary;

import org.ejd.contracts.EventData;

/** The data of an event diary-service publishes; a {@code switch} over it names every type. */
public sealed interface DiaryEvent extends EventData permits ForecastPublished, ComplaintFiled, ComplaintAnswered {
}
