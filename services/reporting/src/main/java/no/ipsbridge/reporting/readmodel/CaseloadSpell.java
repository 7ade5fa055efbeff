package no.ipsbridge.reporting.readmodel;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A client's stay on one specialist's caseload, so a report can ask who served whom on any past day. */
@Entity
@Table(name = "r_caseload_spell")
public class CaseloadSpell extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public UUID clientId;
    public String specialistId;
    public LocalDate fromOn;
    public LocalDate toOn;

    public boolean covers(LocalDate day) {
        return !fromOn.isAfter(day) && (toOn == null || toOn.isAfter(day));
    }

    static void open(UUID clientId, String specialistId, LocalDate on) {
        close(clientId, on);
        CaseloadSpell spell = new CaseloadSpell();
        spell.clientId = clientId;
        spell.specialistId = specialistId;
        spell.fromOn = on;
        spell.persist();
    }

    static void close(UUID clientId, LocalDate on) {
        CaseloadSpell.<CaseloadSpell> list("clientId = ?1 and toOn is null", clientId)
                .forEach(spell -> spell.toOn = on);
    }
}
