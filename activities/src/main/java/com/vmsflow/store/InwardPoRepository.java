package com.vmsflow.store;

import static org.jdbi.v3.core.transaction.TransactionIsolationLevel.READ_COMMITTED;

import com.vmsflow.inventory.StockPool;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Jdbi;

/**
 * Inward POs and their GRNs, each idempotent by its number (API.md): the same document again answers as the first and
 * changes nothing, a different one under the same number is a conflict. A GRN raises stock in the pools it names, in
 * the transaction that records it, and never above the PO's quantity of a SKU over all its GRNs. A GRN locks its PO
 * first (a PO's GRNs queue), then the stock rows in the inventory's lock order.
 */
public record InwardPoRepository(Jdbi jdbi) {

    /** A PO line as asked: the quantity of a SKU expected. */
    public record Wanted(String sku, int quantity) {
    }

    /** A GRN line: units of a SKU received into a pool. */
    public record Received(String sku, int quantity, StockPool pool) {
    }

    public sealed interface PoOutcome {

        record Created(InwardPo po, boolean repeated) implements PoOutcome {
        }

        record Conflict(InwardPo existing) implements PoOutcome {
        }
    }

    public sealed interface GrnOutcome {

        record Received(InwardPo po, boolean repeated) implements GrnOutcome {
        }

        record NoSuchPo() implements GrnOutcome {
        }

        /** The GRN number is taken, by another PO or with other lines. */
        record Conflict(String poNumber) implements GrnOutcome {
        }

        /** Lines not on the PO, or above what it still expects: per field ({@code lines[0].quantity}), why. */
        record Refused(Map<String, String> problems) implements GrnOutcome {
        }
    }

    private static final Comparator<Wanted> BY_SKU = Comparator.comparing(Wanted::sku);
    private static final Comparator<Received> GRN_ORDER = Comparator.comparing(Received::sku)
            .thenComparing(Received::pool).thenComparingInt(Received::quantity);

    public PoOutcome create(String clientId, String poNumber, String location, List<Wanted> lines) {
        return Transactions.retrying("createInwardPo", () -> jdbi.inTransaction(READ_COMMITTED, h -> {
            InwardPoDao dao = h.attach(InwardPoDao.class);
            if (dao.insertPo(clientId, poNumber, location) == 0) {
                InwardPo existing = read(dao, clientId, poNumber);
                List<Wanted> expected = existing.lines().stream().map(l -> new Wanted(l.sku(), l.expected()))
                        .sorted(BY_SKU).toList();
                boolean same = existing.location().equals(location)
                        && expected.equals(lines.stream().sorted(BY_SKU).toList());
                return same ? new PoOutcome.Created(existing, true) : new PoOutcome.Conflict(existing);
            }
            dao.insertLines(clientId, poNumber, lines);
            return new PoOutcome.Created(read(dao, clientId, poNumber), false);
        }));
    }

    /** The PO with what it expects and has received, or null when the client has none of that number. */
    public InwardPo find(String clientId, String poNumber) {
        return jdbi.withExtension(InwardPoDao.class, dao -> dao.location(clientId, poNumber) == null ? null
                : read(dao, clientId, poNumber));
    }

    public GrnOutcome receive(String clientId, String poNumber, String grnNumber, List<Received> lines) {
        return Transactions.retrying("receiveGrn", () -> jdbi.inTransaction(READ_COMMITTED, h -> {
            InwardPoDao dao = h.attach(InwardPoDao.class);
            String location = dao.lockPo(clientId, poNumber);
            if (location == null) {
                return new GrnOutcome.NoSuchPo();
            }
            if (dao.insertGrn(clientId, grnNumber, poNumber) == 0) {
                String taken = dao.grnPo(clientId, grnNumber);
                List<Received> before = dao.grnLines(clientId, grnNumber).stream()
                        .map(l -> new Received(l.sku(), l.quantity(), StockPool.valueOf(l.pool())))
                        .sorted(GRN_ORDER).toList();
                return taken.equals(poNumber) && before.equals(lines.stream().sorted(GRN_ORDER).toList())
                        ? new GrnOutcome.Received(read(dao, clientId, poNumber), true)
                        : new GrnOutcome.Conflict(taken);
            }
            Map<String, String> problems = problems(dao.lines(clientId, poNumber), lines);
            if (!problems.isEmpty()) {
                h.rollback();
                return new GrnOutcome.Refused(problems);
            }
            Map<String, Integer> bySku = new TreeMap<>();
            List<StockLevel> additions = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                Received line = lines.get(i);
                dao.insertGrnLine(clientId, grnNumber, i, line.sku(), line.pool().name(), line.quantity());
                bySku.merge(line.sku(), line.quantity(), Integer::sum);
                additions.add(new StockLevel(line.sku(), location, line.quantity(), line.pool()));
            }
            bySku.forEach((sku, quantity) -> dao.receive(clientId, poNumber, sku, quantity));
            h.attach(InventoryDao.class).addStock(clientId, additions.stream()
                    .sorted(InventoryRepository.LOCK_ORDER).toList());
            return new GrnOutcome.Received(read(dao, clientId, poNumber), false);
        }));
    }

    /** Each SKU's lines together may bring the PO up to its expected quantity, not above; every SKU on the PO. */
    private static Map<String, String> problems(List<InwardPo.Line> po, List<Received> lines) {
        Map<String, InwardPo.Line> bySku = new LinkedHashMap<>();
        po.forEach(l -> bySku.put(l.sku(), l));
        Map<String, Integer> arriving = new TreeMap<>();
        Map<String, String> problems = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Received line = lines.get(i);
            InwardPo.Line expected = bySku.get(line.sku());
            if (expected == null) {
                problems.put("lines[" + i + "].sku", "is not on the PO");
                continue;
            }
            int total = arriving.merge(line.sku(), line.quantity(), Integer::sum);
            int open = expected.expected() - expected.received();
            if (total > open) {
                problems.put("lines[" + i + "].quantity", "brings " + line.sku() + " above the PO: " + open
                        + " of " + expected.expected() + " still expected");
            }
        }
        return problems;
    }

    private static InwardPo read(InwardPoDao dao, String clientId, String poNumber) {
        return new InwardPo(poNumber, dao.location(clientId, poNumber), dao.lines(clientId, poNumber),
                dao.grns(clientId, poNumber));
    }
}
