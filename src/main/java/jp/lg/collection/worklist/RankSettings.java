package jp.lg.collection.worklist;

import java.util.List;
import jp.lg.collection.rules.CaseRankRule;
import jp.lg.collection.rules.CaseRankRule.Band;
import jp.lg.collection.rules.CaseRankRule.Factor;
import jp.lg.collection.rules.CaseRankRule.Weight;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The division's weights and bands of the rank ({@code rank_weight}, {@code rank_band}): data a manager changes,
 * shipped with {@link CaseRankRule#DEFAULT_WEIGHTS} and {@link CaseRankRule#DEFAULT_BANDS} (V21).
 */
@Repository
public class RankSettings {

    /** Both together, as the rule takes them and the API shows them. */
    public record Settings(List<Weight> weights, List<Band> bands) {
    }

    private final JdbcClient jdbc;

    public RankSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Settings current() {
        List<Weight> weights = jdbc.sql("SELECT factor, weight, full_at FROM rank_weight")
                .query((rs, n) -> new Weight(Factor.valueOf(rs.getString(1)), rs.getInt(2), rs.getLong(3))).list()
                .stream().sorted((a, b) -> a.factor().compareTo(b.factor())).toList();
        List<Band> bands = jdbc.sql("SELECT rank_code, min_score FROM rank_band ORDER BY min_score DESC")
                .query((rs, n) -> new Band(rs.getString(1), rs.getInt(2))).list();
        return new Settings(weights, bands);
    }

    /** Replaces the weights and the bands (checked by the rule first: a bad table never reaches the cases). */
    @org.springframework.transaction.annotation.Transactional
    public void replace(Settings settings, String by) {
        CaseRankRule.requireBands(settings.bands());
        CaseRankRule.rank(new CaseRankRule.Facts(0, null, 0, 0, null), java.time.LocalDate.of(2000, 1, 1),
                settings.weights(), settings.bands(), null);
        for (Weight w : settings.weights()) {
            jdbc.sql("UPDATE rank_weight SET weight = ?, full_at = ?, updated_at = CURRENT_TIMESTAMP, updated_by = ? "
                    + "WHERE factor = ?").params(w.weight(), w.fullAt(), by, w.factor().name()).update();
        }
        jdbc.sql("DELETE FROM rank_band").update();
        for (Band b : settings.bands()) {
            jdbc.sql("INSERT INTO rank_band (rank_code, min_score, updated_by) VALUES (?, ?, ?)")
                    .params(b.rank().toUpperCase(), b.minScore(), by).update();
        }
    }
}
