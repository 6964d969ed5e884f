package jp.resas.ops.servicelevel.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.calendar.CalendarSource;
import jp.resas.ops.common.Actor;
import jp.resas.ops.servicelevel.HandlingRow;
import jp.resas.ops.servicelevel.Rating;
import jp.resas.ops.servicelevel.RatingInquiry;
import jp.resas.ops.servicelevel.ReadingServiceLevel;
import jp.resas.ops.servicelevel.SatisfactionRow;
import jp.resas.ops.servicelevel.ServiceLevelRecords;

/** The transaction boundary of ratings and the service-level figures (also what the monthly report calls). */
@Singleton
public class ServiceLevelService {

    private final RatingInquiry rating;
    private final ReadingServiceLevel reading;

    ServiceLevelService(ServiceLevelRecords records, CalendarSource calendar, AuditLog audit, Clock clock) {
        this.rating = new RatingInquiry(records, audit, clock);
        this.reading = new ReadingServiceLevel(records, calendar);
    }

    @Transactional
    public Rating rate(long inquiryId, Integer score, String comment, Actor actor) {
        return rating.rate(inquiryId, score, comment, actor);
    }

    @Transactional(readOnly = true)
    public List<SatisfactionRow> satisfaction(YearMonth from, YearMonth to) {
        return reading.satisfaction(from, to);
    }

    @Transactional(readOnly = true)
    public List<HandlingRow> handlingTimes(YearMonth month) {
        return reading.handlingTimes(month);
    }
}
