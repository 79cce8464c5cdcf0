package jp.lg.collection.rules;

/**
 * The triage answers for a leak, loss or damage of personal data (漏えい・滅失・毀損), and for My Number data
 * also its use or provision against the law (番号法29の4① covers every 事態 of the data's safety).
 *
 * @param involvesMyNumber              the data is 特定個人情報 handled in number-using affairs (our tax system)
 * @param affectedPersons               number of persons whose data is involved (or may be)
 * @param sensitiveData                 要配慮個人情報 or ordinance-defined sensitive data (条例要配慮個人情報)
 * @param financialDamageRisk           misuse could cause financial damage
 * @param unlawfulPurposeSuspected      the leak, loss or damage may have been done for an unlawful purpose
 * @param viewableByUnspecifiedPersons  the data was viewable by unspecified persons (e.g. online)
 * @param stronglyEncrypted             the data was protected by strong encryption or an equivalent measure
 * @param unlawfulUseOrProvisionSuspected My Number data may have been used or provided for an unlawful purpose
 *                                      (番号法規則2二ロ・ハ)
 * @param usedOrProvidedContraryToAct   My Number data may have been used against 番号法9 or provided against
 *                                      番号法19 (counts when more than 100 persons: 番号法規則2四ロ・ハ)
 */
public record BreachFacts(boolean involvesMyNumber, int affectedPersons, boolean sensitiveData,
        boolean financialDamageRisk, boolean unlawfulPurposeSuspected, boolean viewableByUnspecifiedPersons,
        boolean stronglyEncrypted, boolean unlawfulUseOrProvisionSuspected, boolean usedOrProvidedContraryToAct) {

    public BreachFacts {
        Args.notNegative("affectedPersons", affectedPersons);
    }

    /** A leak, loss or damage without any use or provision of My Number data against the law. */
    public BreachFacts(boolean involvesMyNumber, int affectedPersons, boolean sensitiveData,
            boolean financialDamageRisk, boolean unlawfulPurposeSuspected, boolean viewableByUnspecifiedPersons,
            boolean stronglyEncrypted) {
        this(involvesMyNumber, affectedPersons, sensitiveData, financialDamageRisk, unlawfulPurposeSuspected,
                viewableByUnspecifiedPersons, stronglyEncrypted, false, false);
    }
}
