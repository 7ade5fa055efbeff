package no.ipsbridge.reporting.readmodel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A client's stay on one specialist's caseload, so a report can ask who served whom on any past day. */
@Entity
@Table(name = "r_caseload_spell")
public class CaseloadSpell extends PanacheEntityBase {

    // From a sequence fetched fifty at a time, not an identity column: a rebuild's new spells go in batched inserts.
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "r_caseload_spell_id")
    @SequenceGenerator(name = "r_caseload_spell_id", sequenceName = "r_caseload_spell_id_seq", allocationSize = 50)
    public Long id;
    public UUID clientId;
    public String specialistId;
    public LocalDate fromOn;
    public LocalDate toOn;

    public boolean covers(LocalDate day) {
        return !fromOn.isAfter(day) && (toOn == null || toOn.isAfter(day));
    }

    /** The open spells of a batch's clients, loaded in one query. */
    static OpenSpells openOf(Collection<UUID> clientIds) {
        Map<UUID, List<CaseloadSpell>> open = new HashMap<>();
        clientIds.forEach(clientId -> open.put(clientId, new ArrayList<>()));
        if (!clientIds.isEmpty()) {
            CaseloadSpell.<CaseloadSpell> list("clientId in ?1 and toOn is null", clientIds)
                    .forEach(spell -> open.get(spell.clientId).add(spell));
        }
        return new OpenSpells(open);
    }

    /** A batch's clients' open spells as loaded, kept current as the batch opens and closes them. */
    static final class OpenSpells {

        /** No client loaded: every change looks its client's spells up. */
        static final OpenSpells NONE = new OpenSpells(Map.of());

        private final Map<UUID, List<CaseloadSpell>> open;

        private OpenSpells(Map<UUID, List<CaseloadSpell>> open) {
            this.open = open;
        }

        /** Ends the client's open spell, if any, and starts one with the specialist from that day. */
        void open(UUID clientId, String specialistId, LocalDate on) {
            close(clientId, on);
            CaseloadSpell spell = new CaseloadSpell();
            spell.clientId = clientId;
            spell.specialistId = specialistId;
            spell.fromOn = on;
            spell.persist();
            openSpells(clientId).add(spell);
        }

        void close(UUID clientId, LocalDate on) {
            List<CaseloadSpell> spells = openSpells(clientId);
            spells.forEach(spell -> spell.toOn = on);
            spells.clear();
        }

        private List<CaseloadSpell> openSpells(UUID clientId) {
            List<CaseloadSpell> spells = open.get(clientId);
            return spells != null ? spells
                    : new ArrayList<>(CaseloadSpell.<CaseloadSpell> list("clientId = ?1 and toOn is null", clientId));
        }
    }
}
