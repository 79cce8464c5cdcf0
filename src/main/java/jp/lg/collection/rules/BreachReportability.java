package jp.lg.collection.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * 漏えい等の報告対象の判定 — 個人情報保護法68① with 同法施行規則43 (personal data held by a city), and
 * 番号法29の4① with its 規則2 (My Number data).
 *
 * <ul>
 *   <li>Data protected by strong encryption or an equivalent measure is excluded from every category of both
 *       規則 (高度な暗号化その他の個人の権利利益を保護するために必要な措置を講じたものを除く).</li>
 *   <li>My Number data in the information system of number-using affairs: reportable from one person
 *       (番号法規則2一ロ); also when viewable by unspecified persons (同三), a leak for an unlawful purpose is
 *       suspected (同二イ), the data may have been used or provided for an unlawful purpose (同二ロ・ハ), or more
 *       than 100 persons are involved in a leak (同四イ) or in a use against 番号法9 or a provision against
 *       番号法19 (同四ロ・ハ; the item letters as read from the 規則 after its 2022 revision — verify).</li>
 *   <li>Personal data (My Number data included, as it is also 保有個人情報): sensitive data (規則43一, 五 for
 *       ordinance-defined), financial damage risk (同二), unlawful purpose (同三), more than 100 persons (同四).</li>
 * </ul>
 */
public final class BreachReportability {

    /** 規則43四 / 番号法規則2四: "100人を超える". */
    public static final int PERSONS_THRESHOLD = 100;

    static final String GROUND_MY_NUMBER_SYSTEM =
            "個人番号利用事務実施者の情報システムで管理される特定個人情報の漏えい等（番号法29の4①、同法規則2一）";
    static final String GROUND_MY_NUMBER_UNLAWFUL =
            "不正の目的をもって行われたおそれがある特定個人情報の漏えい等（番号法29の4①、同法規則2二）";
    static final String GROUND_MY_NUMBER_UNLAWFUL_USE =
            "不正の目的をもって特定個人情報が利用され、又は提供された（おそれがある）事態（番号法29の4①、同法規則2二ロ・ハ）";
    static final String GROUND_MY_NUMBER_CONTRARY_OVER_100 =
            "番号法9条に反して利用され、又は19条に反して提供された特定個人情報に係る本人の数が100人を超える事態"
                    + "（番号法29の4①、同法規則2四ロ・ハ）";
    static final String GROUND_MY_NUMBER_VIEWABLE =
            "不特定多数の者に閲覧されたおそれがある特定個人情報の漏えい等（番号法29の4①、同法規則2三）";
    static final String GROUND_MY_NUMBER_OVER_100 =
            "本人の数が100人を超える特定個人情報の漏えい等（番号法29の4①、同法規則2四）";
    static final String GROUND_SENSITIVE =
            "要配慮個人情報（条例要配慮個人情報を含む）の漏えい等（個情法68①、規則43一・五）";
    static final String GROUND_FINANCIAL =
            "不正に利用されることにより財産的被害が生じるおそれがある漏えい等（個情法68①、規則43二）";
    static final String GROUND_UNLAWFUL =
            "不正の目的をもって行われたおそれがある漏えい等（個情法68①、規則43三）";
    static final String GROUND_OVER_100 =
            "本人の数が100人を超える漏えい等（個情法68①、規則43四）";
    static final String NOT_REPORTABLE_ENCRYPTED =
            "高度な暗号化その他の必要な措置が講じられているため報告対象外（個情法規則43、番号法規則2）";
    static final String NOT_REPORTABLE_NO_GROUND =
            "報告対象の事態に該当しない（個情法68①・規則43、番号法29の4①・同法規則2）";

    private BreachReportability() {
    }

    /**
     * Whether the 確報 is due within 60 days instead of 30: an unlawful purpose is suspected (個情法規則43三, and
     * the same for My Number data, 番号法規則2二), or My Number data may have been used or provided for an
     * unlawful purpose (番号法規則2二ロ・ハ).
     */
    public static boolean longFinalReportPeriod(BreachFacts facts) {
        Args.notNull("facts", facts);
        return facts.unlawfulPurposeSuspected() || (facts.involvesMyNumber() && facts.unlawfulUseOrProvisionSuspected());
    }

    /** Whether the incident is reportable, and why. */
    public static Reportability assess(BreachFacts facts) {
        Args.notNull("facts", facts);
        if (facts.stronglyEncrypted()) {
            return new Reportability(false, List.of(NOT_REPORTABLE_ENCRYPTED));
        }
        List<String> grounds = new ArrayList<>();
        boolean overThreshold = facts.affectedPersons() > PERSONS_THRESHOLD;
        if (facts.involvesMyNumber()) {
            if (facts.affectedPersons() >= 1) {
                grounds.add(GROUND_MY_NUMBER_SYSTEM);
            }
            if (facts.unlawfulPurposeSuspected()) {
                grounds.add(GROUND_MY_NUMBER_UNLAWFUL);
            }
            if (facts.unlawfulUseOrProvisionSuspected()) {
                grounds.add(GROUND_MY_NUMBER_UNLAWFUL_USE);
            }
            if (facts.viewableByUnspecifiedPersons()) {
                grounds.add(GROUND_MY_NUMBER_VIEWABLE);
            }
            if (overThreshold) {
                grounds.add(GROUND_MY_NUMBER_OVER_100);
            }
            if (overThreshold && facts.usedOrProvidedContraryToAct()) {
                grounds.add(GROUND_MY_NUMBER_CONTRARY_OVER_100);
            }
        }
        if (facts.sensitiveData()) {
            grounds.add(GROUND_SENSITIVE);
        }
        if (facts.financialDamageRisk()) {
            grounds.add(GROUND_FINANCIAL);
        }
        if (facts.unlawfulPurposeSuspected()) {
            grounds.add(GROUND_UNLAWFUL);
        }
        if (overThreshold) {
            grounds.add(GROUND_OVER_100);
        }
        if (grounds.isEmpty()) {
            return new Reportability(false, List.of(NOT_REPORTABLE_NO_GROUND));
        }
        return new Reportability(true, grounds);
    }
}
