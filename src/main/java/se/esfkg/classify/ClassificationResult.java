package se.esfkg.classify;

import java.util.List;
import java.util.Optional;

/**
 * What the classifier found in one project.
 *
 * @param noTransnationalCooperation evidence that the project says transnational work does not apply
 *                                   ({@code Inte aktuellt i detta projekt.}); then no partner countries
 */
public record ClassificationResult(List<Classification> cooperationModels, List<Classification> targetGroups,
        List<PartnerCountry> partnerCountries, Optional<Evidence> noTransnationalCooperation) {

    public ClassificationResult {
        cooperationModels = List.copyOf(cooperationModels);
        targetGroups = List.copyOf(targetGroups);
        partnerCountries = List.copyOf(partnerCountries);
    }
}
