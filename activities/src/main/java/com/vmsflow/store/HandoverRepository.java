package com.vmsflow.store;

import static org.jdbi.v3.core.transaction.TransactionIsolationLevel.READ_COMMITTED;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/** Handovers of orders to couriers: an order goes out on one handover only. */
public record HandoverRepository(Jdbi jdbi) {

    /**
     * Records the handover and claims its orders, all or nothing. A repeat of the same handover (same courier,
     * same orders in any order) is answered {@link HandoverClaim.Same}; of two handovers claiming an order at the
     * same time, exactly one gets it.
     */
    public HandoverClaim claim(String clientId, String handoverId, String courier, List<String> orderIds) {
        List<String> orders = List.copyOf(new LinkedHashSet<>(orderIds));
        if (orders.isEmpty()) {
            throw new IllegalArgumentException("a handover needs orders");
        }
        // Claiming in one global order: two handovers sharing orders then wait for each other, never deadlock.
        List<String> claimOrder = orders.stream().sorted().toList();
        // Read committed whatever the pool's default: after waiting for a claim, see whether it was committed.
        return jdbi.inTransaction(READ_COMMITTED, h -> {
            HandoverDao dao = h.attach(HandoverDao.class);
            if (dao.insert(clientId, handoverId, courier, orders) == 0) {
                HandoverRow existing = dao.find(clientId, handoverId).orElseThrow();
                boolean same = existing.courier().equals(courier)
                        && Set.copyOf(existing.orderIds()).equals(Set.copyOf(orders));
                return same ? new HandoverClaim.Same(existing) : new HandoverClaim.IdConflict(existing);
            }
            int[] claimed = dao.claimOrders(clientId, handoverId, claimOrder);
            List<String> taken = new ArrayList<>();
            for (int i = 0; i < claimed.length; i++) {
                if (claimed[i] == 0) {
                    taken.add(claimOrder.get(i));
                }
            }
            if (!taken.isEmpty()) {
                Map<String, String> owners = dao.handoversOf(clientId, taken);
                h.rollback(); // all or nothing: neither the handover nor the orders claimed so far stay
                return new HandoverClaim.OrdersTaken(owners);
            }
            return new HandoverClaim.Created(dao.find(clientId, handoverId).orElseThrow());
        });
    }

    public Optional<HandoverRow> find(String clientId, String handoverId) {
        return jdbi.withExtension(HandoverDao.class, dao -> dao.find(clientId, handoverId));
    }
}
