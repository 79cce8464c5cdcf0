package jp.lg.collection.delinquency.investigation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The institutions a city's collectors inquire at, by kind ({@code collection.inquiry.institutions} in
 * application.yaml): the banks of the area, the registry offices, the insurers. The collector ticks them on
 * 「調査照会先の選択」 instead of typing their names; one not in the list is entered as 「一覧にない照会先」.
 * Without configuration the list of 熊谷市 is used.
 */
@Component
@ConfigurationProperties("collection.inquiry")
public class InquiryInstitutions {

    private Map<TargetKind, List<String>> institutions = new EnumMap<>(Map.of(
            TargetKind.BANK, List.of("埼玉りそな銀行 熊谷支店", "武蔵野銀行 熊谷支店", "埼玉縣信用金庫 熊谷支店",
                    "ゆうちょ銀行"),
            TargetKind.LAND_REGISTRY, List.of("さいたま地方法務局 熊谷支局"),
            TargetKind.VEHICLE_REGISTRY, List.of("関東運輸局 埼玉運輸支局 熊谷自動車検査登録事務所"),
            TargetKind.INSURER, List.of("日本生命保険相互会社", "かんぽ生命保険")));

    public Map<TargetKind, List<String>> getInstitutions() {
        return institutions;
    }

    public void setInstitutions(Map<TargetKind, List<String>> institutions) {
        this.institutions = new EnumMap<>(institutions);
    }

    /** The list in the order of {@link TargetKind}, each kind's institutions as configured. */
    public List<InquiryTargets.Target> all() {
        List<InquiryTargets.Target> all = new ArrayList<>();
        for (TargetKind kind : TargetKind.values()) {
            for (String name : institutions.getOrDefault(kind, List.of())) {
                if (name != null && !name.isBlank()) {
                    all.add(new InquiryTargets.Target(kind, name.strip()));
                }
            }
        }
        return all;
    }
}
