package jp.lg.collection.subcontracting;

import jp.lg.collection.forms.Briefing;
import jp.lg.collection.rules.WarekiDate;
import jp.lg.collection.system.CurrentUser;
import jp.lg.collection.system.StaffNames;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * What 「再委託の承認(決裁)」 shows: what would be handed over to whom (data items, number of persons, My
 * Number or not, where it is handled and how it is protected, for how long), the documents attached, how the
 * review went (corrections asked for) and who reviewed it — the facts 番号法10① asks the city to weigh.
 */
@Component("subcontractBriefing")
public class SubcontractBriefing implements TaskListener {

    private final SubcontractRegister register;
    private final StaffNames staff;

    public SubcontractBriefing(SubcontractRegister register, StaffNames staff) {
        this.register = register;
        this.staff = staff;
    }

    @Override
    public void notify(DelegateTask task) {
        SubcontractRegister.Entry r = register.require(Submissions.requestId(task));
        Briefing b = new Briefing();
        b.heading("申請の内容");
        b.item("申請日", WarekiDate.format(r.requestedOn()));
        b.item("委託先 → 再委託先", r.contractor() + " → " + r.subcontractor());
        b.item("業務", r.work());
        b.strong("取り扱う情報", r.dataItems() + " (" + r.recordCount() + "件、特定個人情報"
                + (r.includesMyNumber() ? "を含む" : "を含まない") + ")");
        b.item("取扱場所", r.workLocation());
        b.item("安全管理措置", r.securityMeasures());
        b.strong("期間", WarekiDate.format(r.periodFrom()) + " 〜 " + WarekiDate.format(r.periodTo()));
        b.item("添付資料", r.attachments());
        b.heading("審査");
        b.item("審査担当", staff.person(r.responsibleCollector() == null ? CurrentUser.SYSTEM : r.responsibleCollector()));
        b.item("補正の回数", r.corrections() + "回");
        b.item("不足していた項目", r.missingItems() == null ? "なし (契約条項はすべて確認済み)" : r.missingItems());
        b.putOn(task);
    }
}
