package se.esfkg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.esfkg.parse.ContactLabels.Field;

class ContactLabelsTests {

    @Test
    void swedishAndEnglishVariantsAreContactLabels() {
        for (String name : new String[] {"Kontaktperson", "Kontaktpersoner:", "Kontakt", "Kontaktuppgifter",
            "Contact person:", "contact", "Projektledare", "Kontaktperson / Contact person"}) {
            assertThat(ContactLabels.of(name)).as(name).contains(Field.NAME);
        }
        for (String email : new String[] {"E-post", "E-postadress", "Epost", "E-mail:", "Email", "Mejl", "Mail"}) {
            assertThat(ContactLabels.of(email)).as(email).contains(Field.EMAIL);
        }
        for (String phone : new String[] {"Telefon:", "Telefonnummer", "Tel.", "Mobil", "Phone", "Telephone", "Telefon / Phone"}) {
            assertThat(ContactLabels.of(phone)).as(phone).contains(Field.PHONE);
        }
    }

    @Test
    void otherLabelsAreNot() {
        for (String other : new String[] {"Kontaktkanal / Contact channel", "Kontaktytor", "Projektägare", "Region",
            "Sammanfattning", "Telefonväxel"}) {
            assertThat(ContactLabels.of(other)).as(other).isEmpty();
        }
    }

    @Test
    void aLineStartingWithALabelAndAColonIsOne() {
        assertThat(ContactLabels.leading("Kontakt: Bertil Berg, 08-123 456"))
                .contains(new ContactLabels.Labelled(Field.NAME, "Kontakt", "Bertil Berg, 08-123 456"));
        assertThat(ContactLabels.leading("Kontakt med arbetsgivare är viktig: det visar projektet.")).isEmpty();
    }
}
