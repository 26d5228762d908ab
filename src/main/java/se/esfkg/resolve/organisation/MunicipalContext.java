package se.esfkg.resolve.organisation;

import java.util.Optional;
import se.esfkg.resolve.Municipality;

/**
 * The municipality a department written alone ({@code Arbetsmarknadsenheten}) belongs to on a page,
 * and the rule name that records how the page told it.
 */
public record MunicipalContext(Municipality municipality, String rule) {

    /** The page's Kommun list has exactly this one entry. */
    public static MunicipalContext kommunList(Municipality m) {
        return new MunicipalContext(m, RuleNames.DEPARTMENT_BY_LIST);
    }

    /** The contact writes from this municipality's e-mail domain. */
    public static MunicipalContext emailDomain(Municipality m) {
        return new MunicipalContext(m, RuleNames.DEPARTMENT_BY_EMAIL);
    }

    /** The beneficiary's postal code lies in this municipality. */
    public static MunicipalContext postalCode(Municipality m) {
        return new MunicipalContext(m, RuleNames.DEPARTMENT_BY_POSTAL_CODE);
    }

    /**
     * The context for co-financers and partners: departments named without a municipality belong to
     * the owner's municipality, recorded as the page's own evidence where that is what placed the owner.
     */
    public static Optional<MunicipalContext> ofOwner(Optional<Municipality> ownerMunicipality, Resolution owner) {
        String rule = owner.rule();
        boolean pageTold = rule.equals(RuleNames.DEPARTMENT_BY_LIST) || rule.equals(RuleNames.DEPARTMENT_BY_EMAIL)
                || rule.equals(RuleNames.DEPARTMENT_BY_POSTAL_CODE);
        return ownerMunicipality.map(m -> new MunicipalContext(m, pageTold ? rule : RuleNames.DEPARTMENT_BY_OWNER));
    }
}
