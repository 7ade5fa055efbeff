package no.ipsbridge.clientaccess;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.agroal.api.AgroalDataSource;

/**
 * Who is in which treatment team now, as the teams service published it ({@link TeamCliniciansProjection}): a
 * clinician sees the clients their teams referred.
 */
@ApplicationScoped
public class TeamClinicians {

    private final AgroalDataSource dataSource;

    TeamClinicians(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The team with its clinicians now; null for a client referred without a team. */
    public TreatmentTeam of(UUID teamId) {
        if (teamId == null) {
            return null;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select clinician_id from ips_team_clinician where team_id = ?")) {
            select.setObject(1, teamId);
            Set<String> clinicians = new HashSet<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    clinicians.add(rs.getString(1));
                }
            }
            return new TreatmentTeam(teamId, Set.copyOf(clinicians));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read team membership", e);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void joined(UUID teamId, String clinicianId) {
        update("insert into ips_team_clinician (team_id, clinician_id) values (?, ?) on conflict do nothing", teamId,
                clinicianId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void left(UUID teamId, String clinicianId) {
        update("delete from ips_team_clinician where team_id = ? and clinician_id = ?", teamId, clinicianId);
    }

    private void update(String sql, UUID teamId, String clinicianId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, teamId);
            statement.setString(2, clinicianId);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store team membership", e);
        }
    }
}
