-- V6 gave the referrals of clients from before the path only the referrer's subject; the audit trail of the
-- referral has their username, which the card shows.
update client_path_step step
set recorded_by_name = audit.actor_name
from ips_audit audit
where step.cause = 'REFERRAL'
  and step.recorded_by_name is null
  and audit.client_id = step.client_id
  and audit.action in ('refer', 'referred-by-another-unit')
  and audit.actor = step.recorded_by;
