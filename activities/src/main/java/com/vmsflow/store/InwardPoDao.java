package com.vmsflow.store;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Inward POs, their lines and GRNs (V9). */
@RegisterConstructorMapper(InwardPo.Line.class)
@RegisterConstructorMapper(InwardPoDao.GrnLine.class)
interface InwardPoDao {

    record GrnLine(String sku, int quantity, String pool) {
    }

    /** Answers 0 when the client has a PO of that number already. */
    @SqlUpdate("""
            insert into inward_pos (client_id, po_number, location) values (:clientId, :poNumber, :location)
            on conflict do nothing
            """)
    int insertPo(String clientId, String poNumber, String location);

    @SqlBatch("""
            insert into inward_po_lines (client_id, po_number, sku, expected)
            values (:clientId, :poNumber, :sku, :quantity)
            """)
    void insertLines(String clientId, String poNumber, @BindMethods List<InwardPoRepository.Wanted> lines);

    /** The PO's location, locking the PO: its GRNs are taken one at a time. */
    @SqlQuery("select location from inward_pos where client_id = :clientId and po_number = :poNumber for update")
    String lockPo(String clientId, String poNumber);

    @SqlQuery("select location from inward_pos where client_id = :clientId and po_number = :poNumber")
    String location(String clientId, String poNumber);

    @SqlQuery("""
            select sku, expected, received from inward_po_lines
            where client_id = :clientId and po_number = :poNumber
            order by sku collate "C"
            """)
    List<InwardPo.Line> lines(String clientId, String poNumber);

    @SqlQuery("""
            select grn_number from grns where client_id = :clientId and po_number = :poNumber
            order by received_at, grn_number
            """)
    List<String> grns(String clientId, String poNumber);

    @SqlQuery("select po_number from grns where client_id = :clientId and grn_number = :grnNumber")
    String grnPo(String clientId, String grnNumber);

    @SqlQuery("""
            select sku, quantity, pool from grn_lines where client_id = :clientId and grn_number = :grnNumber
            order by line_no
            """)
    List<GrnLine> grnLines(String clientId, String grnNumber);

    /** Answers 0 when the client has a GRN of that number already. */
    @SqlUpdate("""
            insert into grns (client_id, grn_number, po_number) values (:clientId, :grnNumber, :poNumber)
            on conflict do nothing
            """)
    int insertGrn(String clientId, String grnNumber, String poNumber);

    @SqlUpdate("""
            insert into grn_lines (client_id, grn_number, line_no, sku, pool, quantity)
            values (:clientId, :grnNumber, :lineNo, :sku, :pool, :quantity)
            """)
    void insertGrnLine(String clientId, String grnNumber, int lineNo, String sku, String pool, int quantity);

    @SqlUpdate("""
            update inward_po_lines set received = received + :quantity
            where client_id = :clientId and po_number = :poNumber and sku = :sku
            """)
    void receive(String clientId, String poNumber, String sku, int quantity);
}
