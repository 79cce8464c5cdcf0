package jp.lg.collection.rules;

/**
 * The triage answers for a leak, loss or damage of personal data (漏えい・滅失・毀損).
 *
 * @param involvesMyNumber              the data is 特定個人情報 handled in number-using affairs (our tax system)
 * @param affectedPersons               number of persons whose data is involved (or may be)
 * @param sensitiveData                 要配慮個人情報 or ordinance-defined sensitive data (条例要配慮個人情報)
 * @param financialDamageRisk           misuse could cause financial damage
 * @param unlawfulPurposeSuspected      the incident may have been done for an unlawful purpose
 * @param viewableByUnspecifiedPersons  the data was viewable by unspecified persons (e.g. online)
 * @param stronglyEncrypted             the data was protected by strong encryption or an equivalent measure
 */
public record BreachFacts(boolean involvesMyNumber, int affectedPersons, boolean sensitiveData,
        boolean financialDamageRisk, boolean unlawfulPurposeSuspected, boolean viewableByUnspecifiedPersons,
        boolean stronglyEncrypted) {

    public BreachFacts {
        Args.notNegative("affectedPersons", affectedPersons);
    }
}
