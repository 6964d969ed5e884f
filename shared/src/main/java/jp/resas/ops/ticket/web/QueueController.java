package jp.resas.ops.ticket.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.util.List;
import jp.resas.ops.platform.web.Roles;

/** Work views across incidents, inquiries, work requests, change requests and issues: most urgent first. */
@Controller("/queues")
@Secured({Roles.OPERATOR, Roles.APPROVER, Roles.ADMIN})
class QueueController {

    private final QueueEndpoints queues;

    QueueController(QueueEndpoints queues) {
        this.queues = queues;
    }

    /**
     * {@code queue}: mine, unassigned, due-soon (within {@code withinMinutes} business minutes, default 240), breached;
     * earliest SLA due time first, keyset pages ({@code limit}, {@code cursor}).
     */
    @Get("/{queue}")
    jp.resas.ops.platform.web.ListPage<QueueItemView> queue(@PathVariable String queue,
            @Nullable @QueryValue String withinMinutes, @Nullable @QueryValue String limit,
            @Nullable @QueryValue String cursor, Authentication user) {
        return queues.queue(queue, withinMinutes, user.getName(), limit, cursor);
    }
}
