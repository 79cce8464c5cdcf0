package jp.lg.collection.delinquency.acceleration;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.documents.Yen;
import jp.lg.collection.forms.TaskInputException;
import jp.lg.collection.forms.TaskInputs;
import jp.lg.collection.rules.AcceleratedCollection;
import jp.lg.collection.rules.WarekiDate;
import org.springframework.stereotype.Component;

/**
 * The installments of a taxpayer that can be brought forward on a day — open, not yet due (法13の2 reaches only a tax
 * not yet due: one already due is dunned), in no case — and the reading of the proposal's choice among them
 * ({@code acceleratedBills}: the checklist submits the bill ids as a JSON array, a Json variable; Java callers may
 * pass a list).
 */
@Component
public class AccelerableInstallments {

    static final String CHOSEN = "acceleratedBills";

    private final TaxBillRepository bills;

    public AccelerableInstallments(TaxBillRepository bills) {
        this.bills = bills;
    }

    public List<TaxBill> of(String addresseeNo, LocalDate day) {
        return bills.findOpenOf(addresseeNo).stream().filter(b -> b.caseId() == null)
                .filter(b -> AcceleratedCollection.canBeBroughtForward(b.dueDate(), day)).toList();
    }

    /** "令和8年度 固定資産税・都市計画税 第3期 (納期限 令和8年12月28日、12,300円)". */
    static String label(TaxBill b) {
        return b.label() + " (納期限 " + WarekiDate.format(b.dueDate()) + "、" + Yen.of(b.principalDue() + b.dunningFeeDue())
                + ")";
    }

    /**
     * The chosen installments, each one of {@code offered}.
     *
     * @throws TaskInputException on {@value #CHOSEN} when none is chosen or one is not (any longer) offered
     */
    static List<TaxBill> chosen(Object value, List<TaxBill> offered) {
        Set<Long> ids = new LinkedHashSet<>();
        for (JsonNode item : TaskInputs.jsonArray(CHOSEN, value, "期別の選択")) {
            try {
                ids.add(Long.parseLong(item.asText("").strip()));
            } catch (NumberFormatException e) {
                throw new TaskInputException(CHOSEN, "一覧にない期別です (" + item.asText() + ")");
            }
        }
        if (ids.isEmpty()) {
            throw new TaskInputException(CHOSEN, "繰り上げる期別を選んでください");
        }
        List<TaxBill> chosen = new ArrayList<>();
        for (long id : ids) {
            TaxBill bill = offered.stream().filter(b -> b.id() == id).findFirst().orElseThrow(() -> new TaskInputException(
                    CHOSEN, "期別 " + id + " は繰り上げられません (納期限が到来しているか、納付済み・他の案件の期別です)"));
            chosen.add(bill);
        }
        return chosen;
    }

}
