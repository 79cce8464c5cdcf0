package jp.lg.collection.delinquency.auction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import jp.lg.collection.rules.Bid;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** 公売 rounds and their bids ({@code auction}, {@code bid}). */
@Repository
public class AuctionRepository {

    private final JdbcClient jdbc;

    public AuctionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int nextRound(long dispositionId) {
        return jdbc.sql("SELECT COALESCE(MAX(round_no), 0) + 1 FROM auction WHERE disposition_id = ?")
                .param(dispositionId).query(Integer.class).single();
    }

    public long plan(long dispositionId, String caseId, int round, long estimatedPrice, LocalDate auctionDay,
            LocalDate noticeBy, String by, LocalDate on) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO auction (disposition_id, case_id, round_no, estimated_price, auction_day, notice_by, status,
                  planned_by, planned_on)
                VALUES (?,?,?,?,?,?,'PLANNED',?,?)
                """).params(dispositionId, caseId, round, estimatedPrice, auctionDay, noticeBy, by, on)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Auction require(long id) {
        return jdbc.sql("SELECT * FROM auction WHERE id = ?").param(id).query(AuctionRepository::map).optional()
                .orElseThrow(() -> new IllegalArgumentException("auctionId: 公売 " + id + " はありません"));
    }

    public List<Auction> findByDisposition(long dispositionId) {
        return jdbc.sql("SELECT * FROM auction WHERE disposition_id = ? ORDER BY round_no").param(dispositionId)
                .query(AuctionRepository::map).list();
    }

    public void noticePublished(long id, LocalDate on) {
        jdbc.sql("UPDATE auction SET notice_published_on = ?, status = 'NOTICED' WHERE id = ?").params(on, id).update();
    }

    public void addBid(long auctionId, int lineNo, Bid bid, boolean winning) {
        jdbc.sql("INSERT INTO bid (auction_id, line_no, bidder, amount, winning) VALUES (?,?,?,?,?)")
                .params(auctionId, lineNo, bid.bidder(), bid.amount(), winning).update();
    }

    public List<Bid> bidsOf(long auctionId) {
        return jdbc.sql("SELECT bidder, amount FROM bid WHERE auction_id = ? ORDER BY line_no").param(auctionId)
                .query((rs, n) -> new Bid(rs.getString("bidder"), rs.getLong("amount"))).list();
    }

    public void sold(long id, String buyer, long price, LocalDate saleDecisionOn, LocalDate paymentDeadline) {
        jdbc.sql("""
                UPDATE auction SET status = 'SOLD', buyer = ?, price = ?, sale_decision_on = ?, payment_deadline = ?
                WHERE id = ?
                """).params(buyer, price, saleDecisionOn, paymentDeadline, id).update();
    }

    /** 徴104②: among whom the buyer was drawn by lot, and who was drawn. */
    public void recordLot(long id, String drawn) {
        jdbc.sql("UPDATE auction SET lot_drawn = ? WHERE id = ?").params(drawn, id).update();
    }

    public void setStatus(long id, String status) {
        jdbc.sql("UPDATE auction SET status = ? WHERE id = ?").params(status, id).update();
    }

    /**
     * The rounds of a disposition's auction that ended unsold (no bid at or above the estimate): what 徴79②二
     * counts. Revoked sales had a buyer and cancelled rounds were not held; neither counts.
     */
    public int unsoldRounds(long dispositionId) {
        return jdbc.sql("SELECT COUNT(*) FROM auction WHERE disposition_id = ? AND status = 'UNSOLD'")
                .param(dispositionId).query(Integer.class).single();
    }

    /** 公売の中止: a round planned or noticed that will not be held (a grace was granted before its day). */
    public boolean cancel(long id) {
        return jdbc.sql("UPDATE auction SET status = 'CANCELLED' WHERE id = ? AND status IN ('PLANNED', 'NOTICED')")
                .param(id).update() == 1;
    }

    public void paid(long id, LocalDate on) {
        jdbc.sql("UPDATE auction SET status = 'PAID', paid_on = ? WHERE id = ? AND status = 'SOLD'").params(on, id)
                .update();
    }

    static Auction map(ResultSet rs, int row) throws SQLException {
        long price = rs.getLong("price");
        Long priceOrNull = rs.wasNull() ? null : price;
        return new Auction(rs.getLong("id"), rs.getLong("disposition_id"), rs.getString("case_id"),
                rs.getInt("round_no"), rs.getLong("estimated_price"), rs.getObject("auction_day", LocalDate.class),
                rs.getObject("notice_by", LocalDate.class), rs.getObject("notice_published_on", LocalDate.class),
                rs.getObject("sale_decision_on", LocalDate.class), rs.getObject("payment_deadline", LocalDate.class),
                rs.getString("buyer"), priceOrNull, rs.getObject("paid_on", LocalDate.class), rs.getString("status"));
    }
}
