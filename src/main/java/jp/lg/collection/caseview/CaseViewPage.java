package jp.lg.collection.caseview;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.documents.DocumentRepository;
import jp.lg.collection.documents.LateCharges;
import jp.lg.collection.documents.NoticeLine;
import jp.lg.collection.documents.StoredDocument;
import jp.lg.collection.documents.Yen;
import jp.lg.collection.rules.WarekiDate;
import jp.lg.collection.system.Today;
import jp.lg.collection.taxpayer.MyNumberCipher;
import jp.lg.collection.taxpayer.Taxpayer;
import jp.lg.collection.taxpayer.TaxpayerRepository;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The case view: one taxpayer on one screen, what a collector needs on the phone — who, what is owed (with the
 * late charge to today), what was paid, what was said and done, what is pledged or seized, what is waiting in
 * Tasklist and which papers went out. Plain server-rendered HTML with its own CSS (no external resources, so it
 * works on a closed 庁内 network). The My Number is never read here: only whether one is registered.
 */
@Component
public class CaseViewPage {

    private static final Map<String, String> BILL_STATUS = Map.of("OPEN", "未納", "PAID", "完納",
            "EXTINGUISHED", "消滅", "WRITTEN_OFF", "不納欠損");
    private static final Map<String, String> CASE_STATUS = Map.of("OPEN", "処理中", "CLOSED", "終了");
    private static final Map<String, String> CHANNEL = Map.of("BANK", "金融機関", "CVS", "コンビニ", "MPN", "ペイジー",
            "DIRECT_DEBIT", "口座振替", "COUNTER", "窓口", "DISTRIBUTION", "配当");
    private static final Map<String, String> DISPOSITION = Map.of("SEIZURE", "差押", "JOINDER_SEIZURE", "参加差押",
            "DELIVERY_DEMAND", "交付要求");
    private static final Map<String, String> ASSET = Map.of("DEPOSIT", "預貯金", "WAGE", "給与", "INSURANCE", "生命保険",
            "REAL_ESTATE", "不動産", "VEHICLE", "自動車", "MOVABLE", "動産");
    private static final Map<String, String> DISPOSITION_STATUS = Map.of("PROPOSED", "起案中", "REJECTED", "却下",
            "EXECUTED", "執行済", "COLLECTED", "取立済", "REALIZED", "換価済", "RELEASED", "解除");
    private static final Map<String, String> PLAN_STATUS = Map.of("ACTIVE", "履行中", "COMPLETED", "完了",
            "BREACHED", "不履行", "DUE", "未到来", "PAID", "納付済", "MISSED", "不履行");

    private final CaseViewRepository cases;
    private final TaxpayerRepository taxpayers;
    private final TaxBillRepository bills;
    private final NegotiationLog log;
    private final DocumentRepository documents;
    private final LateCharges lateCharges;
    private final TaskService taskService;

    public CaseViewPage(CaseViewRepository cases, TaxpayerRepository taxpayers, TaxBillRepository bills,
            NegotiationLog log, DocumentRepository documents, LateCharges lateCharges, TaskService taskService) {
        this.cases = cases;
        this.taxpayers = taxpayers;
        this.bills = bills;
        this.log = log;
        this.documents = documents;
        this.lateCharges = lateCharges;
        this.taskService = taskService;
    }

    /** The page, or null when there is no such case. */
    public String render(String caseId, String viewer) {
        var found = cases.findCase(caseId);
        if (found.isEmpty()) {
            return null;
        }
        CaseViewRepository.CaseRow c = found.get();
        Taxpayer t = taxpayers.require(c.addresseeNo());
        LocalDate today = Today.date();
        Html h = new Html();
        h.raw("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"UTF-8\">")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .raw("<title>").text(c.caseId() + " " + t.nameKanji() + " — 滞納案件").raw("</title>")
                .raw("<style>").raw(CSS).raw("</style></head><body>");

        h.raw("<header><div class=\"case\">滞納案件 <b>").text(c.caseId()).raw("</b> <span class=\"badge ")
                .text(c.status().toLowerCase()).raw("\">").text(label(CASE_STATUS, c.status())).raw("</span>")
                .raw(" <span class=\"muted\">開始 ").text(Html.date(c.openedOn()));
        if (c.closedOn() != null) {
            h.raw(" / 終了 ").text(Html.date(c.closedOn()) + " " + nz(c.closeReason()));
        }
        h.raw("</span></div><div class=\"muted\">").text(today + " 現在 ・ 閲覧者 " + viewer).raw("</div></header>");

        h.raw("<main>");
        taxpayer(h, t);
        List<TaxBill> caseBills = bills.findByCase(c.caseId());
        bills(h, caseBills, today);
        payments(h, cases.payments(c.caseId()));
        negotiation(h, log.of(c.caseId()));
        dispositions(h, cases.dispositions(c.caseId()));
        plans(h, cases.plans(c.caseId()));
        tasks(h, c.caseId());
        documents(h, c.caseId(), documents.ofCase(c.caseId()));
        h.raw("</main></body></html>");
        return h.toString();
    }

    private void taxpayer(Html h, Taxpayer t) {
        h.raw("<section id=\"taxpayer\"><h1>").text(t.nameKanji()).raw(" <small>").text(t.nameKana())
                .raw("</small>");
        if (t.deceased()) {
            h.raw(" <span class=\"badge warn\">故人</span>");
        }
        h.raw("</h1><dl class=\"grid\">");
        dt(h, "宛名番号", t.addresseeNo());
        dt(h, "個人番号", MyNumberCipher.mask(t.myNumberRegistered()));
        dt(h, "生年月日", t.birthDate() == null ? "" : Html.date(t.birthDate()));
        dt(h, "住所", postal(t.postalCode()) + t.address()
                + (t.addressSuffix() == null ? "" : " " + t.addressSuffix()));
        if (t.mailingAddress() != null && !t.mailingAddress().isBlank()) {
            dt(h, "送付先", postal(t.mailingPostalCode()) + t.mailingAddress());
        }
        h.raw("<dt>電話</dt><dd>");
        phone(h, t.phone1());
        if (t.phone2() != null && !t.phone2().isBlank()) {
            h.raw(" / ");
            phone(h, t.phone2());
        }
        h.raw("</dd>");
        dt(h, "勤務先", t.workplaceName());
        dt(h, "担当者", t.assignedCollector());
        dt(h, "ランク", t.rank());
        h.raw("</dl></section>");
    }

    private void bills(Html h, List<TaxBill> list, LocalDate today) {
        h.raw("<section id=\"bills\"><h2>期別明細と残高</h2><table>");
        h.head("年度", "税目", "期別", "通知書番号", "納期限", "督促", "本税", "督促手数料", "納付済", "残額",
                "延滞金(本日まで)", "状態");
        h.raw("<tbody>");
        long principal = 0;
        long fee = 0;
        long paid = 0;
        long balance = 0;
        long lateCharge = 0;
        boolean pending = false;
        for (TaxBill b : list) {
            long paidTotal = b.principalPaid() + b.dunningFeePaid() + b.lateChargePaid();
            long open = "OPEN".equals(b.status()) ? b.balanceExcludingLateCharge() : 0;
            Long lc = "OPEN".equals(b.status()) ? lateCharges.owedOn(b, today) : Long.valueOf(0);
            h.row(NoticeLine.fiscalYearLabel(b.fiscalYear()), b.taxItem().label(), "第" + b.installmentNo() + "期",
                    b.noticeNo(), Html.date(b.dueDate()), b.dunningIssuedOn() == null ? "未" : Html.date(
                            b.dunningIssuedOn()), Html.yen(b.principal()), Html.yen(b.dunningFee()), Html.yen(paidTotal),
                    Html.yen(open), lc == null ? "#計算不可(利率未登録)" : Html.yen(lc), label(BILL_STATUS, b.status()));
            principal += b.principal();
            fee += b.dunningFee();
            paid += paidTotal;
            balance += open;
            lateCharge += lc == null ? 0 : lc;
            pending |= lc == null;
        }
        h.raw("</tbody><tfoot>");
        h.row("合計", list.size() + "件", "", "", "", "", Html.yen(principal), Html.yen(fee), Html.yen(paid),
                Html.yen(balance), Html.yen(lateCharge) + (pending ? "+" : ""), "");
        h.raw("</tfoot></table><p class=\"total\">本日完納の場合の納付額 <b>").text(Yen.of(balance + lateCharge))
                .raw("</b> <span class=\"muted\">(延滞金は地方税法第326条により納付日まで計算した概算です)</span></p>")
                .raw("</section>");
    }

    private void payments(Html h, List<CaseViewRepository.PaymentRow> list) {
        h.raw("<section id=\"payments\"><h2>収納</h2>");
        if (list.isEmpty()) {
            h.raw("<p class=\"empty\">収納はありません</p></section>");
            return;
        }
        h.raw("<table>").head("収納日", "期別", "金額", "経路", "督促手数料へ", "本税へ", "延滞金へ", "過誤納",
                "記録者").raw("<tbody>");
        for (var p : list) {
            h.row(Html.date(p.paidOn()), p.billLabel(), Html.yen(p.amount()), label(CHANNEL, p.channel()),
                    Html.yen(p.fee()), Html.yen(p.principal()), Html.yen(p.lateCharge()), Html.yen(p.surplus()),
                    p.recordedBy());
        }
        h.raw("</tbody></table></section>");
    }

    private void negotiation(Html h, List<NegotiationLog.Entry> entries) {
        h.raw("<section id=\"negotiation\"><h2>交渉経過</h2>");
        if (entries.isEmpty()) {
            h.raw("<p class=\"empty\">記録はありません</p></section>");
            return;
        }
        h.raw("<table class=\"log\">").head("日時", "区分", "結果", "内容", "担当").raw("<tbody>");
        for (int i = entries.size() - 1; i >= 0; i--) { // newest first: what happened last is what matters on the phone
            var e = entries.get(i);
            h.row(Html.dateTime(e.occurredAt()), e.action().label(), e.result(), e.note(), e.collector());
        }
        h.raw("</tbody></table></section>");
    }

    private void dispositions(Html h, List<CaseViewRepository.DispositionRow> list) {
        h.raw("<section id=\"dispositions\"><h2>滞納処分</h2>");
        if (list.isEmpty()) {
            h.raw("<p class=\"empty\">処分はありません</p></section>");
            return;
        }
        h.raw("<table>").head("区分", "財産", "内容", "第三債務者", "見積価額", "状態", "起案", "決裁", "執行", "解除",
                "取立・換価額").raw("<tbody>");
        for (var d : list) {
            h.row(label(DISPOSITION, d.kind()), label(ASSET, d.assetKind()), d.assetDescription(),
                    d.thirdPartyDebtor(), Html.yen(d.estimatedValue()), label(DISPOSITION_STATUS, d.status()),
                    Html.date(d.proposedOn()) + " " + nz(d.proposedBy()),
                    d.decidedOn() == null ? "" : Html.date(d.decidedOn()) + " " + nz(d.decidedBy()),
                    Html.date(d.executedOn()), Html.date(d.releasedOn()), Html.yen(d.collectedAmount()));
        }
        h.raw("</tbody></table></section>");
    }

    private void plans(Html h, List<CaseViewRepository.PlanRow> list) {
        h.raw("<section id=\"plans\"><h2>分納誓約</h2>");
        if (list.isEmpty()) {
            h.raw("<p class=\"empty\">分納誓約はありません</p></section>");
            return;
        }
        for (var p : list) {
            h.raw("<h3>").text("誓約日 " + Html.date(p.pledgedOn()) + " ・ 総額 " + Yen.of(p.totalAmount()) + " ・ "
                    + p.parts() + "回 ・ " + label(PLAN_STATUS, p.status()) + " (" + nz(p.createdBy()) + ")")
                    .raw("</h3><table>").head("回", "納期限", "金額", "納付済", "状態").raw("<tbody>");
            for (var part : p.schedule()) {
                h.row("第" + part.partNo() + "回", Html.date(part.dueDate()), Html.yen(part.amount()),
                        Html.yen(part.paidAmount()), label(PLAN_STATUS, part.status()));
            }
            h.raw("</tbody></table>");
        }
        h.raw("</section>");
    }

    /**
     * Open tasks of the case and of its phases: the call activities pass the business key on, so one query by
     * business key finds the tasks of the called processes too.
     */
    private void tasks(Html h, String caseId) {
        List<Task> open = taskService.createTaskQuery().processInstanceBusinessKey(caseId).active()
                .orderByTaskCreateTime().asc().list();
        h.raw("<section id=\"tasks\"><h2>未完了のタスク</h2>");
        if (open.isEmpty()) {
            h.raw("<p class=\"empty\">未完了のタスクはありません</p></section>");
            return;
        }
        h.raw("<table>").head("タスク", "担当者", "候補", "作成", "期限").raw("<tbody>");
        for (Task task : open) {
            h.raw("<tr><td>").link("/camunda/app/tasklist/default/#/?task=" + task.getId(), task.getName())
                    .raw("</td><td>").text(task.getAssignee() == null ? "(未割当)" : task.getAssignee())
                    .raw("</td><td>").text(candidates(task.getId()))
                    .raw("</td><td>").text(tokyo(task.getCreateTime()))
                    .raw("</td><td>").text(tokyo(task.getDueDate())).raw("</td></tr>");
        }
        h.raw("</tbody></table></section>");
    }

    private String candidates(String taskId) {
        return String.join(", ", taskService.getIdentityLinksForTask(taskId).stream()
                .filter(l -> "candidate".equals(l.getType()) && l.getGroupId() != null)
                .map(l -> l.getGroupId()).toList());
    }

    private void documents(Html h, String caseId, List<StoredDocument> list) {
        h.raw("<section id=\"documents\"><h2>発行文書</h2>");
        if (list.isEmpty()) {
            h.raw("<p class=\"empty\">発行した文書はありません</p></section>");
            return;
        }
        h.raw("<table>").head("発行日", "文書", "作成者", "大きさ").raw("<tbody>");
        for (int i = list.size() - 1; i >= 0; i--) {
            StoredDocument d = list.get(i);
            h.raw("<tr><td>").text(WarekiDate.format(d.createdOn())).raw("</td><td>")
                    .link("/cases/" + caseId + "/documents/" + d.id(), d.title() + " (PDF)")
                    .raw("</td><td>").text(d.createdBy()).raw("</td><td class=\"num\">")
                    .text(size(d)).raw("</td></tr>");
        }
        h.raw("</tbody></table></section>");
    }

    /** "34 KB", or 印刷待ち while the print batch has not made the PDF yet (the link makes it at once). */
    private static String size(StoredDocument d) {
        if (d.queued()) {
            return d.renderFailed() ? "印刷待ち(作成エラー)" : "印刷待ち";
        }
        return Math.max(1, d.size() / 1024) + " KB";
    }

    private static void dt(Html h, String term, String value) {
        h.raw("<dt>").text(term).raw("</dt><dd>").text(value == null || value.isBlank() ? "―" : value).raw("</dd>");
    }

    private static String postal(String code) {
        String line = new jp.lg.collection.documents.Addressee(null, code, null, null).postalLine();
        return line.isEmpty() ? "" : line + " ";
    }

    private static void phone(Html h, String number) {
        if (number == null || number.isBlank()) {
            h.text("―");
            return;
        }
        h.link("tel:" + number.replaceAll("[^0-9+]", ""), number);
    }

    private static String tokyo(Date date) {
        return date == null ? "" : Html.dateTime(date.toInstant().atZone(ZoneId.of("Asia/Tokyo")).toLocalDateTime());
    }

    private static String label(Map<String, String> labels, String code) {
        return code == null ? "" : labels.getOrDefault(code, code);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static final String CSS = """
            *{box-sizing:border-box}
            body{margin:0;font-family:"Noto Sans JP","Hiragino Kaku Gothic ProN","Yu Gothic UI","Meiryo",sans-serif;
              font-size:14px;line-height:1.5;color:#1d2530;background:#f4f6f8}
            header{display:flex;justify-content:space-between;align-items:center;gap:1em;flex-wrap:wrap;
              padding:.6em 1.2em;background:#1f4e79;color:#fff}
            header .muted{color:#d6e2ee}
            main{max-width:1280px;margin:0 auto;padding:1em}
            section{background:#fff;border:1px solid #d8dee4;border-radius:6px;padding:.8em 1em;margin-bottom:1em}
            h1{font-size:1.5em;margin:.1em 0 .4em}h1 small{font-size:.6em;color:#5a6672;font-weight:normal}
            h2{font-size:1.1em;margin:0 0 .5em;padding-left:.5em;border-left:4px solid #1f4e79}
            h3{font-size:1em;margin:.6em 0 .3em}
            dl.grid{display:grid;grid-template-columns:max-content 1fr max-content 1fr;gap:.2em 1em;margin:0}
            dt{color:#5a6672}dd{margin:0}
            table{border-collapse:collapse;width:100%;font-size:13px}
            th,td{border:1px solid #d8dee4;padding:.25em .5em;vertical-align:top;text-align:left}
            th{background:#eef2f6;font-weight:600;white-space:nowrap}
            tbody tr:nth-child(even){background:#fafbfc}
            tfoot td{background:#eef2f6;font-weight:600}
            td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
            table.log td:nth-child(4){white-space:pre-wrap}
            .total{text-align:right;margin:.5em 0 0}.total b{font-size:1.2em}
            .muted{color:#5a6672;font-size:.9em}.empty{color:#5a6672;margin:0}
            .badge{display:inline-block;padding:0 .5em;border-radius:3px;background:#dde7f0;color:#1f4e79;font-size:.85em}
            .badge.open{background:#fff3cd;color:#7a5300}.badge.closed{background:#d9f2e3;color:#1d6b3c}
            .badge.warn{background:#f8d7da;color:#842029}
            a{color:#0b5cad}
            @media print{header{background:none;color:#000}section{border:none}}
            """;
}
