package jp.lg.collection.certificate;

/** The kinds of 納税証明書 the counter issues. */
public enum CertificateKind {
    /** 納税額等の証明: assessed, paid and unpaid per tax item for one fiscal year. */
    PAYMENT,
    /** 滞納がないことの証明: refused while any installment past its due date is unpaid. */
    NO_DELINQUENCY
}
