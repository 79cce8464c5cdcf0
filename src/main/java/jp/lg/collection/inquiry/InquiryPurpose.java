package jp.lg.collection.inquiry;

import java.util.EnumSet;
import java.util.Set;

/**
 * Why another department asks (照会の目的), and the fields its answer holds — never more than the purpose needs. The
 * Kodaira PIA (seed Ko, Ⅲ-3 リスク1) promises 「個人番号を利用しない業務から収納情報の要求があった場合、個人番号が含まれない
 * 情報を提供する」: no answer holds a My Number, an address or any field not listed here. Adding a purpose is a change of
 * the program, reviewed like one (docs/security-measures.md), not a setting.
 */
public enum InquiryPurpose {
    /** 児童手当の申請 (the 受給資格 check of the department asks only whether taxes are in arrears). */
    CHILD_ALLOWANCE("児童手当の申請", EnumSet.of(InquiryField.DELINQUENT)),
    /** 市営住宅の入居資格の審査 (市税を滞納していないこと). */
    PUBLIC_HOUSING("市営住宅の入居資格の審査", EnumSet.of(InquiryField.DELINQUENT)),
    /** 補助金等の交付資格の審査 (市税の完納). */
    SUBSIDY("補助金等の交付資格の審査", EnumSet.of(InquiryField.DELINQUENT)),
    /** 入札参加資格の審査 (市税の完納). */
    BID_QUALIFICATION("入札参加資格の審査", EnumSet.of(InquiryField.DELINQUENT)),
    /**
     * 生活困窮者自立支援の相談 (本人の同意による): the counsellor plans the household's budget with the person and needs what
     * is owed, and the name to be sure whom it is about.
     */
    LIVELIHOOD_SUPPORT("生活困窮者自立支援の相談(本人同意)",
            EnumSet.of(InquiryField.DELINQUENT, InquiryField.BALANCES, InquiryField.NAME));

    private final String label;
    private final Set<InquiryField> fields;

    InquiryPurpose(String label, Set<InquiryField> fields) {
        this.label = label;
        this.fields = fields;
    }

    public String label() {
        return label;
    }

    public Set<InquiryField> fields() {
        return EnumSet.copyOf(fields);
    }

    public boolean answers(InquiryField field) {
        return fields.contains(field);
    }

    /** The purpose of a code as sent; refused naming the codes there are. */
    public static InquiryPurpose of(String code) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("purpose: 照会の目的を指定してください (" + codes() + ")");
        }
        try {
            return valueOf(code.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("purpose: 照会の目的のコードが正しくありません (" + codes() + ")");
        }
    }

    private static String codes() {
        StringBuilder all = new StringBuilder();
        for (InquiryPurpose p : values()) {
            all.append(all.length() == 0 ? "" : "、").append(p.name()).append(" = ").append(p.label);
        }
        return all.toString();
    }
}
