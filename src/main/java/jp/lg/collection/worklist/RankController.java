package jp.lg.collection.worklist;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.lg.collection.audit.AuditInterceptor;
import jp.lg.collection.delinquency.DelinquencyCaseRepository;
import jp.lg.collection.rules.CaseRankRule;
import jp.lg.collection.rules.CaseRankRule.Band;
import jp.lg.collection.rules.CaseRankRule.Factor;
import jp.lg.collection.rules.CaseRankRule.Weight;
import jp.lg.collection.system.Today;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * ランク: the weights and bands a manager sets ({@code /api/rank-weights}; changing them is for managers and
 * admins, SecurityConfig) and a case's rank with what it is made of ({@code /api/cases/{caseId}/rank}).
 */
@RestController
public class RankController {

    /** One factor as the table shows it. */
    public record WeightRow(String factor, String label, String unit, Integer weight, Long fullAt) {
    }

    public record BandRow(String rank, Integer minScore) {
    }

    public record RankTable(List<WeightRow> weights, List<BandRow> bands, String note) {
    }

    /** A case's rank today with its facts and each factor's points. */
    public record CaseRank(String caseId, int score, String rank, String computedRank, String importedRank,
            long amountOwed, LocalDate oldestDueDate, int brokenPromises, int foundProperties, LocalDate limitationOn,
            boolean limitationNear, Map<Factor, Integer> points) {
    }

    private final RankSettings settings;
    private final CaseRanks ranks;
    private final DelinquencyCaseRepository cases;

    public RankController(RankSettings settings, CaseRanks ranks, DelinquencyCaseRepository cases) {
        this.settings = settings;
        this.ranks = ranks;
        this.cases = cases;
    }

    @GetMapping("/api/rank-weights")
    public RankTable table() {
        RankSettings.Settings s = settings.current();
        return new RankTable(s.weights().stream().map(w -> new WeightRow(w.factor().name(), w.factor().label(),
                w.factor().unit(), w.weight(), w.fullAt())).toList(),
                s.bands().stream().map(b -> new BandRow(b.rank(), b.minScore())).toList(),
                "各要素は「満点となる値」で満点、それ未満は比例 (時効は満点となる日数以内で満点、その2倍で0)。"
                        + "スコアは重み付き平均 (0〜100)、ランクはスコアが下限以上となる最上位のもの。"
                        + "宛名のランク (取込) はその下限までスコアを引き上げます");
    }

    /** Replaces the weights (all five factors) and the bands; every open case is ranked again at once. */
    @PutMapping("/api/rank-weights")
    public RankTable change(@RequestBody RankTable table, Principal user, HttpServletRequest request) {
        if (table == null || table.weights() == null || table.bands() == null) {
            throw new IllegalArgumentException("weights: 重み (weights) と区分 (bands) の両方を指定してください");
        }
        List<Weight> weights = new ArrayList<>();
        Set<Factor> seen = EnumSet.noneOf(Factor.class);
        for (int i = 0; i < table.weights().size(); i++) {
            WeightRow row = table.weights().get(i);
            String field = "weights[" + i + "]";
            Factor factor;
            try {
                factor = Factor.valueOf(String.valueOf(row.factor()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(field + ".factor: 要素 " + row.factor() + " はありません ("
                        + String.join(", ", EnumSet.allOf(Factor.class).stream().map(Enum::name).toList()) + ")");
            }
            if (!seen.add(factor)) {
                throw new IllegalArgumentException(field + ".factor: " + factor.label() + " が2回指定されています");
            }
            if (row.weight() == null || row.weight() < 0 || row.weight() > 100) {
                throw new IllegalArgumentException(field + ".weight: " + factor.label() + "の重みは0から100までの整数です");
            }
            if (row.fullAt() == null || row.fullAt() <= 0) {
                throw new IllegalArgumentException(field + ".fullAt: " + factor.label() + "の満点となる値は1"
                        + factor.unit() + "以上です");
            }
            weights.add(new Weight(factor, row.weight(), row.fullAt()));
        }
        if (seen.size() != Factor.values().length) {
            EnumSet<Factor> missing = EnumSet.allOf(Factor.class);
            missing.removeAll(seen);
            throw new IllegalArgumentException("weights: 5つの要素すべての重みを指定してください (不足: " + String.join(", ",
                    missing.stream().map(Factor::label).toList()) + ")");
        }
        if (weights.stream().mapToInt(Weight::weight).sum() == 0) {
            throw new IllegalArgumentException("weights: 少なくとも1つの要素に重みを付けてください");
        }
        List<Band> bands = new ArrayList<>();
        for (int i = 0; i < table.bands().size(); i++) {
            BandRow row = table.bands().get(i);
            if (row.rank() == null || !row.rank().strip().matches("[A-Za-z0-9]{1,2}")) {
                throw new IllegalArgumentException("bands[" + i + "].rank: ランクは英数字1〜2文字です (A, B, C, D など)");
            }
            if (row.minScore() == null || row.minScore() < 0 || row.minScore() > 100) {
                throw new IllegalArgumentException("bands[" + i + "].minScore: スコアの下限は0から100までの整数です");
            }
            bands.add(new Band(row.rank().strip().toUpperCase(), row.minScore()));
        }
        try {
            CaseRankRule.requireBands(bands);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bands: ランクの区分は、ランクが重複せず、下限が重複せず、最下位の下限が0となるように"
                    + "指定してください");
        }
        request.setAttribute(AuditInterceptor.TARGET, "ランクの重み " + weights.stream()
                .map(w -> w.factor().name() + "=" + w.weight() + "/" + w.fullAt()).toList() + " 区分 "
                + bands.stream().map(b -> b.rank() + "≥" + b.minScore()).toList());
        settings.replace(new RankSettings.Settings(weights, bands), user.getName());
        ranks.recomputeAllInBackground();
        return table();
    }

    @GetMapping("/api/cases/{caseId}/rank")
    public CaseRank rank(@PathVariable("caseId") String caseId) {
        cases.statusOf(caseId);
        CaseRanks.Ranked r = ranks.compute(List.of(caseId), Today.date()).get(caseId);
        return new CaseRank(caseId, r.result().score(), r.result().rank(), r.result().computedRank(),
                r.result().importedRank(), r.facts().amountOwed(), r.facts().oldestDueDate(),
                r.facts().brokenPromises(), r.facts().foundProperties(), r.facts().limitationOn(), r.limitationNear(),
                r.result().points());
    }
}
