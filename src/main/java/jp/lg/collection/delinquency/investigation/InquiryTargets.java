package jp.lg.collection.delinquency.investigation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.lg.collection.forms.TaskInputException;

/**
 * Reads the collector's entry of inquiry targets: the checked kinds and one "種別:名称" line per target
 * (e.g. "BANK:埼玉りそな銀行 熊谷支店"). Every line must use a checked kind and every checked kind must have
 * a line, so the checklist and the list cannot silently disagree. Used by the check right after the task and
 * again by the sending step, which therefore sends exactly what was checked.
 */
public final class InquiryTargets {

    public static final int MAX_TARGETS = 50;
    static final int MAX_NAME = 100;

    public record Target(TargetKind kind, String name) {
    }

    private InquiryTargets() {
    }

    public static List<Target> parse(Object kindsValue, Object namesValue) {
        Set<TargetKind> checked = kinds(kindsValue);
        if (namesValue == null || namesValue.toString().isBlank()) {
            throw new TaskInputException("targetNames", "照会先を1行に1件、「種別:名称」で入力してください");
        }
        List<Target> targets = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String[] lines = namesValue.toString().split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = (i + 1) + "行目";
            // Japanese keyboards often type the full-width colon; both are accepted.
            int colon = firstColon(line);
            if (colon < 0) {
                throw new TaskInputException("targetNames", where + ": 「種別:名称」の形で入力してください (" + line + ")");
            }
            String kindText = line.substring(0, colon).strip().toUpperCase(Locale.ROOT);
            String name = line.substring(colon + 1).strip();
            TargetKind kind;
            try {
                kind = TargetKind.valueOf(kindText);
            } catch (IllegalArgumentException e) {
                throw new TaskInputException("targetNames", where + ": 種別 " + kindText
                        + " はありません (BANK / EMPLOYER / LAND_REGISTRY / VEHICLE_REGISTRY / INSURER)");
            }
            if (!checked.contains(kind)) {
                throw new TaskInputException("targetNames", where + ": " + kind.label() + " が照会先の種別でチェックされていません");
            }
            if (name.isEmpty() || name.length() > MAX_NAME) {
                throw new TaskInputException("targetNames", where + ": 名称は1文字以上" + MAX_NAME + "文字以内です");
            }
            if (!seen.add(kind + ":" + name)) {
                throw new TaskInputException("targetNames", where + ": 同じ照会先が重複しています (" + name + ")");
            }
            targets.add(new Target(kind, name));
        }
        if (targets.isEmpty()) {
            throw new TaskInputException("targetNames", "照会先を1行に1件、「種別:名称」で入力してください");
        }
        if (targets.size() > MAX_TARGETS) {
            throw new TaskInputException("targetNames", "一度に照会できるのは" + MAX_TARGETS + "件までです");
        }
        for (TargetKind kind : checked) {
            if (targets.stream().noneMatch(t -> t.kind() == kind)) {
                throw new TaskInputException("targetKinds", kind.label() + " の照会先が入力されていません");
            }
        }
        return targets;
    }

    private static int firstColon(String line) {
        int ascii = line.indexOf(':');
        int wide = line.indexOf('：');
        return ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
    }

    /** A checklist arrives as a Java collection, or as text: a JSON array or a comma list. */
    static Set<TargetKind> kinds(Object value) {
        List<String> items = new ArrayList<>();
        if (value instanceof Collection<?> collection) {
            collection.forEach(o -> items.add(String.valueOf(o)));
        } else if (value != null) {
            for (String item : value.toString().replaceAll("[\\[\\]\"]", "").split(",")) {
                items.add(item);
            }
        }
        Set<TargetKind> kinds = EnumSet.noneOf(TargetKind.class);
        for (String item : items) {
            String text = item.strip();
            if (text.isEmpty()) {
                continue;
            }
            try {
                kinds.add(TargetKind.valueOf(text));
            } catch (IllegalArgumentException e) {
                throw new TaskInputException("targetKinds", "選択肢にない値です (" + text + ")");
            }
        }
        if (kinds.isEmpty()) {
            throw new TaskInputException("targetKinds", "照会先の種別を1つ以上選んでください");
        }
        return kinds;
    }
}
