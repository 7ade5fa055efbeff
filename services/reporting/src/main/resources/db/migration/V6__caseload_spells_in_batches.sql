-- Caseload spells take their ids fifty at a time (CaseloadSpell), so a rebuild inserts them in batches.
alter sequence r_caseload_spell_id_seq increment by 50;
