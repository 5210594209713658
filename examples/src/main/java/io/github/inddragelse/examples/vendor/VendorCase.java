package io.github.inddragelse.examples.vendor;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A case as the fictional vendor "SagsSystem A/S" stores it: its own field names and its own codes.
 * This is the shape an adapter starts from; {@link VendorAdapter} maps it to a {@code CaseProcess}.
 *
 * @param sagsnr the vendor's case number (pseudonymous)
 * @param borgerId the vendor's pseudonymous id of the citizen; one of {@code personer}
 * @param kommunekode the municipality's four-digit code
 * @param maalgruppe target group code: {@code FYS}, {@code UDV}, {@code PSYK} or {@code UDSAT}
 * @param paragraffer provision codes applied for, for example {@code SEL85}
 * @param oprettet the date the case was opened
 * @param fristUger the published processing deadline in weeks, if any
 * @param personer the people in the case
 * @param haendelser the events, in the vendor's order
 */
public record VendorCase(
        String sagsnr,
        String borgerId,
        String kommunekode,
        String maalgruppe,
        List<String> paragraffer,
        LocalDate oprettet,
        Optional<Integer> fristUger,
        List<Person> personer,
        List<Haendelse> haendelser) {

    /** Copies the lists; missing values are reported by the adapter, not here. */
    public VendorCase {
        paragraffer = paragraffer == null ? List.of() : List.copyOf(paragraffer);
        fristUger = fristUger == null ? Optional.empty() : fristUger;
        personer = personer == null ? List.of() : List.copyOf(personer);
        haendelser = haendelser == null ? List.of() : List.copyOf(haendelser);
    }

    /**
     * A person in the vendor's case.
     *
     * @param id the vendor's pseudonymous person id
     * @param rolle role code: {@code BORGER}, {@code SB}, {@code PAAR}, {@code NETV}, {@code BISID},
     *     {@code TOLK} or {@code UDF}
     */
    public record Person(String id, String rolle) {}

    /**
     * An event in the vendor's case: a type code, a date, who took part and the type's own fields, all
     * as strings the way the vendor exports them ({@code J}/{@code N} for yes/no, ISO dates).
     *
     * @param id the vendor's event id
     * @param type the event type code, for example {@code MOEDE} or {@code AFG}
     * @param dato the date
     * @param deltagere ids of the people who took part
     * @param felter the type's own fields
     */
    public record Haendelse(
            String id, String type, LocalDate dato, List<String> deltagere, Map<String, String> felter) {

        /** Copies the collections. */
        public Haendelse {
            deltagere = deltagere == null ? List.of() : List.copyOf(deltagere);
            felter = felter == null ? Map.of() : Map.copyOf(felter);
        }

        /**
         * Creates an event from alternating field names and values.
         *
         * @param id the event id
         * @param type the type code
         * @param dato the date
         * @param deltagere who took part
         * @param felter field name, value, field name, value, …
         * @return the event
         */
        public static Haendelse of(String id, String type, LocalDate dato, List<String> deltagere, String... felter) {
            if (felter.length % 2 != 0) {
                throw new IllegalArgumentException("felter must be pairs of name and value");
            }
            Map<String, String> map = new java.util.LinkedHashMap<>();
            for (int i = 0; i < felter.length; i += 2) {
                map.put(Objects.requireNonNull(felter[i]), Objects.requireNonNull(felter[i + 1]));
            }
            return new Haendelse(id, type, dato, deltagere, map);
        }
    }
}
