package jp.resas.ops.portal.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import jp.resas.ops.platform.jdbc.Sql;

/** Remembers which login links opened a session, so each opens one only. */
@Singleton
public class UsedLoginLinks {

    private final Sql sql;
    private final Clock clock;

    UsedLoginLinks(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    /** True the first time a link id is used, false every time after. */
    @Transactional
    public boolean use(String linkId, String user) {
        return sql.update("INSERT INTO portal_login_link (link_id, username, used_at) VALUES (?, ?, ?) "
                + "ON CONFLICT (link_id) DO NOTHING", linkId, user, clock.instant()) == 1;
    }
}
