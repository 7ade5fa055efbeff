-- Wakes the outbox relay of every instance when events commit, however they were written: PostgreSQL delivers a
-- notification only when the transaction commits, and once per transaction however many rows it inserted.
create function ips_outbox_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('ips_outbox', '');
    return null;
end
$$;

create trigger ips_outbox_written after insert on ips_outbox
    for each statement execute function ips_outbox_notify();
