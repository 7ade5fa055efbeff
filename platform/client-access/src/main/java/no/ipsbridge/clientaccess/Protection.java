package no.ipsbridge.clientaccess;

import no.ipsbridge.events.protection.AddressProtection;

/**
 * A client's protection marks, as far as access decisions need them.
 *
 * @param address       the national register's address protection; any level hides contact and location data
 * @param shielded      the client works in the agency that would see them ("skjermet")
 * @param navCounsellor the Keycloak subject of the NAV counsellor explicitly assigned to a shielded client, or null
 */
public record Protection(AddressProtection address, boolean shielded, String navCounsellor) {

    public static final Protection NONE = new Protection(AddressProtection.NONE, false, null);

    public boolean hidesContactDetails() {
        return address != AddressProtection.NONE;
    }

    public boolean restricts() {
        return shielded || hidesContactDetails();
    }
}
