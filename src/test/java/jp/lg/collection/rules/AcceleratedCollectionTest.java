package jp.lg.collection.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 繰上徴収 (地方税法13の2) and what follows from it: no 督促 (法329①ただし書), seizure after the new due date (法331①二). */
class AcceleratedCollectionTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void eachGroundCarriesItsItemOfArticle13no2Paragraph1() {
        assertThat(AccelerationGround.FORCED_SALE.item()).isEqualTo(1);
        // a bankruptcy is a 強制換価手続 (法1①十四): item 1, listed apart
        assertThat(AccelerationGround.BANKRUPTCY.item()).isEqualTo(1);
        assertThat(AccelerationGround.QUALIFIED_ACCEPTANCE.item()).isEqualTo(2);
        assertThat(AccelerationGround.DISSOLUTION.item()).isEqualTo(3);
        assertThat(AccelerationGround.TRUST_TERMINATED.item()).isEqualTo(4);
        assertThat(AccelerationGround.LEAVING_WITHOUT_MANAGER.item()).isEqualTo(5);
        assertThat(AccelerationGround.FRAUD.item()).isEqualTo(6);
        assertThat(AccelerationGround.LEAVING_WITHOUT_MANAGER.article()).isEqualTo("地方税法第13条の2第1項第5号");
        assertThat(AccelerationGround.LEAVING_WITHOUT_MANAGER.text()).contains("納税管理人を定めないで");
        assertThat(AccelerationGround.FRAUD.shortArticle()).isEqualTo("法13の2①六");
        assertThat(AccelerationGround.BANKRUPTCY.shortArticle()).isEqualTo("法13の2①一");
    }

    @Test
    void onlyAnInstallmentNotYetDueCanBeBroughtForward() {
        LocalDate today = d("2026-06-15");
        assertThat(AcceleratedCollection.canBeBroughtForward(d("2026-06-16"), today)).isTrue();
        // due today: it is already due by the end of the day, and a 督促 follows it if unpaid
        assertThat(AcceleratedCollection.canBeBroughtForward(d("2026-06-15"), today)).isFalse();
        assertThat(AcceleratedCollection.canBeBroughtForward(d("2026-05-31"), today)).isFalse();
    }

    @Test
    void theNewDueDateIsNotBeforeTheNoticeAndBeforeEveryOriginalDueDate() {
        LocalDate notice = d("2026-06-15");
        List<LocalDate> due = List.of(d("2026-07-31"), d("2026-09-30"));
        assertThat(AcceleratedCollection.requireDueDate(d("2026-06-15"), notice, due)).isEqualTo(d("2026-06-15"));
        assertThat(AcceleratedCollection.requireDueDate(d("2026-07-30"), notice, due)).isEqualTo(d("2026-07-30"));
        assertThatThrownBy(() -> AcceleratedCollection.requireDueDate(d("2026-06-14"), notice, due))
                .hasMessageStartingWith("acceleratedDueDate: ").hasMessageContaining("告知の日 (令和8年6月15日) 以後");
        assertThatThrownBy(() -> AcceleratedCollection.requireDueDate(d("2026-07-31"), notice, due))
                .hasMessageStartingWith("acceleratedDueDate: ").hasMessageContaining("本来の納期限 (令和8年7月31日)");
    }

    @Test
    void aSeizureIsLawfulFromTheDayAfterTheNewDueDateWithoutADunningNotice() {
        // 法331①二: 「繰上徴収に係る告知により指定された納期限までに完納しないとき」 — unpaid on 6/25, seizable on 6/26
        assertThat(AcceleratedCollection.seizureEligibleFrom(d("2026-06-25"))).isEqualTo(d("2026-06-26"));
        assertThat(AcceleratedCollection.seizureEligibleFrom(d("2026-12-31"))).isEqualTo(d("2027-01-01"));
        assertThat(AcceleratedCollection.SEIZURE_ITEM).isEqualTo(2);
    }
}
