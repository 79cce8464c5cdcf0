package jp.lg.collection.rules;

import static jp.lg.collection.rules.BreachReportability.GROUND_FINANCIAL;
import static jp.lg.collection.rules.BreachReportability.GROUND_MY_NUMBER_CONTRARY_OVER_100;
import static jp.lg.collection.rules.BreachReportability.GROUND_MY_NUMBER_OVER_100;
import static jp.lg.collection.rules.BreachReportability.GROUND_MY_NUMBER_SYSTEM;
import static jp.lg.collection.rules.BreachReportability.GROUND_MY_NUMBER_UNLAWFUL;
import static jp.lg.collection.rules.BreachReportability.GROUND_MY_NUMBER_UNLAWFUL_USE;
import static jp.lg.collection.rules.BreachReportability.GROUND_MY_NUMBER_VIEWABLE;
import static jp.lg.collection.rules.BreachReportability.GROUND_OVER_100;
import static jp.lg.collection.rules.BreachReportability.GROUND_SENSITIVE;
import static jp.lg.collection.rules.BreachReportability.GROUND_UNLAWFUL;
import static jp.lg.collection.rules.BreachReportability.NOT_REPORTABLE_ENCRYPTED;
import static jp.lg.collection.rules.BreachReportability.NOT_REPORTABLE_NO_GROUND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BreachReportabilityTest {

    /** Personal data, no flags: a starting point for each case. */
    private static BreachFacts personal(int persons) {
        return new BreachFacts(false, persons, false, false, false, false, false);
    }

    private static BreachFacts myNumber(int persons) {
        return new BreachFacts(true, persons, false, false, false, false, false);
    }

    @Test
    void myNumberDataIsReportableFromOnePerson() {
        Reportability r = BreachReportability.assess(myNumber(1));
        assertThat(r.reportable()).isTrue();
        assertThat(r.grounds()).containsExactly(GROUND_MY_NUMBER_SYSTEM);
        assertThat(r.grounds().get(0)).contains("番号法29の4");
    }

    @Test
    void myNumberDataWithNoPersonAndNoFlagIsNotReportable() {
        Reportability r = BreachReportability.assess(myNumber(0));
        assertThat(r.reportable()).isFalse();
        assertThat(r.grounds()).containsExactly(NOT_REPORTABLE_NO_GROUND);
    }

    @Test
    void strongEncryptionExcludesMyNumberData() {
        Reportability r = BreachReportability.assess(new BreachFacts(true, 5_000, true, true, true, true, true));
        assertThat(r.reportable()).isFalse();
        assertThat(r.grounds()).containsExactly(NOT_REPORTABLE_ENCRYPTED);
    }

    @Test
    void strongEncryptionExcludesPersonalData() {
        Reportability r = BreachReportability.assess(new BreachFacts(false, 101, true, false, false, false, true));
        assertThat(r.reportable()).isFalse();
        assertThat(r.grounds()).containsExactly(NOT_REPORTABLE_ENCRYPTED);
    }

    @Test
    void personalDataBoundaryAt100Persons() {
        // "more than 100": 100 is not reportable, 101 is
        assertThat(BreachReportability.assess(personal(100)).reportable()).isFalse();
        Reportability r = BreachReportability.assess(personal(101));
        assertThat(r.reportable()).isTrue();
        assertThat(r.grounds()).containsExactly(GROUND_OVER_100);
        assertThat(r.grounds().get(0)).contains("規則43");
    }

    @Test
    void personalDataOfOnePersonIsNotReportableWithoutAFlag() {
        assertThat(BreachReportability.assess(personal(1)).reportable()).isFalse();
    }

    @Test
    void sensitiveDataIsReportableFromOnePerson() {
        Reportability r = BreachReportability.assess(new BreachFacts(false, 1, true, false, false, false, false));
        assertThat(r.reportable()).isTrue();
        assertThat(r.grounds()).containsExactly(GROUND_SENSITIVE);
    }

    @Test
    void financialDamageRiskIsReportable() {
        Reportability r = BreachReportability.assess(new BreachFacts(false, 3, false, true, false, false, false));
        assertThat(r.grounds()).containsExactly(GROUND_FINANCIAL);
        assertThat(r.reportable()).isTrue();
    }

    @Test
    void unlawfulPurposeIsReportable() {
        Reportability r = BreachReportability.assess(new BreachFacts(false, 1, false, false, true, false, false));
        assertThat(r.grounds()).containsExactly(GROUND_UNLAWFUL);
        // with My Number data, both acts apply
        Reportability mn = BreachReportability.assess(new BreachFacts(true, 1, false, false, true, false, false));
        assertThat(mn.grounds()).containsExactly(GROUND_MY_NUMBER_SYSTEM, GROUND_MY_NUMBER_UNLAWFUL, GROUND_UNLAWFUL);
    }

    @Test
    void viewableByUnspecifiedPersonsCountsForMyNumberDataOnly() {
        assertThat(BreachReportability.assess(new BreachFacts(false, 10, false, false, false, true, false)).reportable())
                .isFalse();
        Reportability mn = BreachReportability.assess(new BreachFacts(true, 0, false, false, false, true, false));
        assertThat(mn.reportable()).isTrue();
        assertThat(mn.grounds()).containsExactly(GROUND_MY_NUMBER_VIEWABLE);
    }

    @Test
    void myNumberDataUsedOrProvidedForAnUnlawfulPurposeIsReportableWithoutALeak() {
        // 番号法規則2二ロ・ハ: no person's data leaked, but a staff member looked numbers up for a private purpose
        Reportability r = BreachReportability.assess(
                new BreachFacts(true, 0, false, false, false, false, false, true, false));
        assertThat(r.reportable()).isTrue();
        assertThat(r.grounds()).containsExactly(GROUND_MY_NUMBER_UNLAWFUL_USE);
        // and its 確報 is due within 60 days, like a leak for an unlawful purpose
        assertThat(BreachReportability.longFinalReportPeriod(
                new BreachFacts(true, 0, false, false, false, false, false, true, false))).isTrue();
        assertThat(BreachReportability.longFinalReportPeriod(
                new BreachFacts(false, 1, false, false, true, false, false))).isTrue();
        assertThat(BreachReportability.longFinalReportPeriod(
                new BreachFacts(true, 5, true, true, false, true, false))).isFalse();
        // the use-and-provision facts are My Number facts: without My Number data they decide nothing
        assertThat(BreachReportability.assess(
                new BreachFacts(false, 0, false, false, false, false, false, true, true)).reportable()).isFalse();
    }

    @Test
    void useOrProvisionAgainstTheActCountsAbove100Persons() {
        // 番号法規則2四ロ・ハ: a use against 法9 / a provision against 法19 of more than 100 persons' data
        assertThat(BreachReportability.assess(new BreachFacts(true, 101, false, false, false, false, false, false,
                true)).grounds()).contains(GROUND_MY_NUMBER_CONTRARY_OVER_100);
        assertThat(BreachReportability.assess(new BreachFacts(true, 100, false, false, false, false, false, false,
                true)).grounds()).doesNotContain(GROUND_MY_NUMBER_CONTRARY_OVER_100);
    }

    @Test
    void everyGroundIsListed() {
        Reportability r = BreachReportability.assess(new BreachFacts(true, 101, true, true, true, true, false, true,
                true));
        assertThat(r.reportable()).isTrue();
        assertThat(r.grounds()).containsExactly(
                GROUND_MY_NUMBER_SYSTEM, GROUND_MY_NUMBER_UNLAWFUL, GROUND_MY_NUMBER_UNLAWFUL_USE,
                GROUND_MY_NUMBER_VIEWABLE, GROUND_MY_NUMBER_OVER_100, GROUND_MY_NUMBER_CONTRARY_OVER_100,
                GROUND_SENSITIVE, GROUND_FINANCIAL, GROUND_UNLAWFUL, GROUND_OVER_100);
    }

    @Test
    void badInputIsRejectedByName() {
        assertThatThrownBy(() -> new BreachFacts(false, -1, false, false, false, false, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("affectedPersons: must not be negative");
        assertThatThrownBy(() -> BreachReportability.assess(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("facts:");
    }
}
