package jp.resas.ops.servicelevel.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;
import jp.resas.ops.common.Actor;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.servicelevel.Rating;

/**
 * Rating through a signed link: the link's id is stored with the rating, in one transaction, so a link
 * rates once and a refused rating (wrong requester, not answered, bad score) leaves it unused.
 */
@Singleton
public class RatingLinkService {

    /** What the rating page shows of the inquiry: its title and state, and whether it is rated already. */
    public record Rated(long id, String title, String requester, String status, boolean rated) {
    }

    private final Sql sql;
    private final ServiceLevelService ratings;
    private final Clock clock;

    RatingLinkService(Sql sql, ServiceLevelService ratings, Clock clock) {
        this.sql = sql;
        this.ratings = ratings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Rated> inquiry(long id) {
        return sql.queryOne("SELECT t.id, t.title, t.requester, t.status, r.ticket_id IS NOT NULL FROM ticket t "
                + "LEFT JOIN satisfaction_rating r ON r.ticket_id = t.id WHERE t.id = ? AND t.kind = 'INQUIRY'",
                row -> new Rated(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getBoolean(5)),
                id);
    }

    @Transactional(readOnly = true)
    public boolean used(String linkId) {
        return sql.queryOne("SELECT 1 FROM rating_link_used WHERE link_id = ?", row -> 1, linkId).isPresent();
    }

    @Transactional
    public Rating rate(String linkId, long inquiryId, Integer score, String comment, Actor requester) {
        if (sql.update("INSERT INTO rating_link_used (link_id, ticket_id, used_at) VALUES (?, ?, ?) "
                + "ON CONFLICT (link_id) DO NOTHING", linkId, inquiryId, clock.instant()) == 0) {
            throw new ConflictException("LINK_USED", "score", "この評価用リンクは使用済みです。評価は1回だけできます。");
        }
        return ratings.rate(inquiryId, score, comment, requester);
    }
}
