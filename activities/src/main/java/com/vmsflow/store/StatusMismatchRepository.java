package com.vmsflow.store;

import com.vmsflow.order.OrderStatus;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The status check of open orders against Ajio (seed 004): the open orders it reads, and the rows of report
 * {@code status-mismatches}, each order and event listed once however often the check finds it.
 */
public record StatusMismatchRepository(Jdbi jdbi) {

    /** An order of the read model that is neither COMPLETED nor CANCELLED, with its status now. */
    /** @param clientId the order's: the brand's for an order on a partner's account (B2B2C) */
    public record OpenOrder(String clientId, String orderId, OrderStatus status) {
    }

    /**
     * A page of the open orders on the client's Ajio account by order id, after {@code afterOrderId} or (null) from
     * the start: its own orders, and for a B2B2C partner the brand's orders on its account.
     */
    public List<OpenOrder> openOrders(String clientId, String afterOrderId, int limit) {
        return jdbi.withExtension(Dao.class, dao -> dao.openOrders(clientId, afterOrderId, limit));
    }

    /** Whether the order and event are listed already: found by an earlier check, and handed to the order then. */
    public boolean listed(String clientId, String orderId, String eventId) {
        return jdbi.withExtension(Dao.class, dao -> dao.listed(clientId, orderId, eventId));
    }

    /** Lists the mismatch; answers false when it was listed already (a repeated check, a retried activity). */
    public boolean add(String clientId, String orderId, String eventId, OrderStatus ourStatus, String ajioView,
                       Instant foundAt) {
        return jdbi.withExtension(Dao.class,
                dao -> dao.add(clientId, orderId, eventId, ourStatus.name(), ajioView, foundAt)) > 0;
    }

    @RegisterConstructorMapper(OpenOrder.class)
    interface Dao {

        @SqlQuery("""
                select client_id, order_id, status from orders
                where ((client_id = :clientId and partner_client_id is null) or partner_client_id = :clientId)
                  and status not in ('COMPLETED', 'CANCELLED')
                  and (cast(:afterOrderId as text) is null or order_id > :afterOrderId)
                order by order_id
                limit :limit
                """)
        List<OpenOrder> openOrders(String clientId, String afterOrderId, int limit);

        @SqlQuery("""
                select exists (select 1 from status_mismatches
                               where client_id = :clientId and order_id = :orderId and event_id = :eventId)
                """)
        boolean listed(String clientId, String orderId, String eventId);

        @SqlUpdate("""
                insert into status_mismatches (client_id, order_id, event_id, our_status, ajio_view, found_at)
                values (:clientId, :orderId, :eventId, :ourStatus, :ajioView, :foundAt)
                on conflict do nothing
                """)
        int add(String clientId, String orderId, String eventId, String ourStatus, String ajioView, Instant foundAt);
    }
}
