package se.esfkg.parse;

import java.util.Optional;

/** The project's contact person. Personal data: published only when a run asks for it. */
public record Contact(Optional<String> name, Optional<String> email, Optional<String> phone) {

    public static final Contact NONE = new Contact(Optional.empty(), Optional.empty(), Optional.empty());

    /** The domain of the e-mail address ({@code lycksele.se}), which tells whose department it is. */
    public Optional<String> emailDomain() {
        return email.filter(e -> e.contains("@"))
                .map(e -> e.substring(e.indexOf('@') + 1).toLowerCase(java.util.Locale.ROOT).strip());
    }
}
