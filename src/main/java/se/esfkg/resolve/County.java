package se.esfkg.resolve;

/** A Swedish county (län): SCB code {@code 24}, NUTS-3 {@code SE331}, parent NUTS-2 {@code SE33}. */
public record County(String code, String name, String nuts3, String nuts2) {
}
