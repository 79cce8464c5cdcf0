package jp.lg.collection.delinquency.investigation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.lg.collection.forms.TaskInputException;
import jp.lg.collection.forms.TaskInputs;

/**
 * Reads the collector's choice of inquiry targets: the institutions ticked in the city's list
 * ({@code inquiryTargets}, each "KIND:名称" as {@link OfferInquiryTargets} offers them) and the ones not in the
 * list ({@code otherTargets}, rows of 種別 and 名称). Camunda Forms submit both as JSON arrays (a Json variable,
 * Camunda Spin); Java callers may pass lists. Used by the check right after the task and again by the sending
 * step, which therefore sends exactly what was chosen.
 */
public final class InquiryTargets {

    public static final int MAX_TARGETS = 50;
    static final int MAX_NAME = 100;
    static final String CHOSEN = "inquiryTargets";
    static final String OTHERS = "otherTargets";

    public record Target(TargetKind kind, String name) {

        /** How the city's list offers it and the form submits it: "BANK:埼玉りそな銀行 熊谷支店". */
        public String value() {
            return kind.name() + ":" + name;
        }

        /** "金融機関　埼玉りそな銀行 熊谷支店". */
        public String label() {
            return kind.label() + "　" + name;
        }
    }

    private InquiryTargets() {
    }

    public static List<Target> parse(Object chosenValue, Object othersValue) {
        List<Target> targets = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode item : TaskInputs.jsonArray(CHOSEN, chosenValue, "照会先")) {
            String value = item.asText("").strip();
            int colon = value.indexOf(':');
            TargetKind kind = colon < 0 ? null : kind(value.substring(0, colon));
            if (kind == null) {
                throw new TaskInputException(CHOSEN, "一覧にない照会先です (" + value + ")");
            }
            add(targets, seen, new Target(kind, value.substring(colon + 1).strip()), CHOSEN, "");
        }
        int row = 0;
        for (JsonNode item : TaskInputs.jsonArray(OTHERS, othersValue, "照会先")) {
            row++;
            String kindText = item.path("kind").asText("").strip();
            String name = item.path("name").asText("").strip();
            if (kindText.isEmpty() && name.isEmpty()) {
                continue; // the empty row the form starts with
            }
            String where = "一覧にない照会先の" + row + "件目: ";
            if (kindText.isEmpty()) {
                throw new TaskInputException(OTHERS, where + "種別を選んでください (" + name + ")");
            }
            TargetKind kind = kind(kindText);
            if (kind == null) {
                throw new TaskInputException(OTHERS, where + "選択肢にない種別です (" + kindText + ")");
            }
            add(targets, seen, new Target(kind, name), OTHERS, where);
        }
        if (targets.isEmpty()) {
            throw new TaskInputException(CHOSEN, "照会先を一覧から選ぶか、一覧にない照会先を入力してください");
        }
        if (targets.size() > MAX_TARGETS) {
            throw new TaskInputException(CHOSEN, "一度に照会できるのは" + MAX_TARGETS + "件までです (" + targets.size() + "件)");
        }
        return targets;
    }

    private static void add(List<Target> targets, Set<String> seen, Target target, String field, String where) {
        if (target.name().isEmpty() || target.name().length() > MAX_NAME) {
            throw new TaskInputException(field, where + "照会先の名称は1文字以上" + MAX_NAME + "文字以内です");
        }
        if (!seen.add(target.value())) {
            throw new TaskInputException(field, where + "同じ照会先が重複しています (" + target.label() + ")");
        }
        targets.add(target);
    }

    private static TargetKind kind(String text) {
        try {
            return TargetKind.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

}
