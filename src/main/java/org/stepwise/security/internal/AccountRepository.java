package org.stepwise.security.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.security.Account;
import org.stepwise.security.AccountId;
import org.stepwise.security.ManagedAccount;
import org.stepwise.security.Roles;

/** Accounts in PostgreSQL. User names are unique without regard to case. */
@Repository
public class AccountRepository {

    /** Any fixed number: serialises the "is this the first account?" decision across instances. */
    private static final long FIRST_ACCOUNT_LOCK = 0x5737_0001L;

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void lockForFirstAccountDecision() {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(FIRST_ACCOUNT_LOCK).query().singleRow();
    }

    public boolean anyAdministratorExists() {
        return jdbc.sql("select exists (select 1 from account where ? = any(roles))")
                .param(Roles.ADMIN).query(Boolean.class).single();
    }

    public boolean usernameTaken(String username) {
        return jdbc.sql("select exists (select 1 from account where lower(username) = lower(?))")
                .param(username).query(Boolean.class).single();
    }

    public void insert(Account account, String passwordHash) {
        jdbc.sql("""
                insert into account (id, username, display_name, password_hash, roles, enabled)
                values (:id, :username, :displayName, :hash, :roles::text[], :enabled)
                """)
                .param("id", account.id().value())
                .param("username", account.username())
                .param("displayName", account.displayName())
                .param("hash", passwordHash)
                .param("roles", "{" + String.join(",", account.roles()) + "}")
                .param("enabled", account.enabled())
                .update();
    }

    /** The account and its password hash, for signing in. */
    public Optional<StoredAccount> findForSignIn(String username) {
        return jdbc.sql("select id, username, display_name, roles, enabled, password_hash from account where lower(username) = lower(?)")
                .param(username.strip())
                .query((rs, n) -> new StoredAccount(map(rs), rs.getString("password_hash")))
                .optional();
    }

    public Optional<Account> findById(AccountId id) {
        return jdbc.sql("select id, username, display_name, roles, enabled from account where id = ?")
                .param(id.value())
                .query((rs, n) -> map(rs))
                .optional();
    }

    /** The password hash and row version of an account, for changing the password. */
    public Optional<Credentials> findCredentials(AccountId id) {
        return jdbc.sql("select password_hash, version from account where id = ?")
                .param(id.value())
                .query((rs, n) -> new Credentials(rs.getString("password_hash"), rs.getLong("version")))
                .optional();
    }

    /**
     * Stores a new password hash if the row is still at {@code version}; false (nothing changed)
     * when someone changed the account meanwhile.
     */
    public boolean updatePassword(AccountId id, long version, String passwordHash, boolean mustChange) {
        return jdbc.sql("""
                update account set password_hash = :hash, must_change_password = :mustChange, version = version + 1
                where id = :id and version = :version
                """)
                .param("hash", passwordHash)
                .param("mustChange", mustChange)
                .param("id", id.value())
                .param("version", version)
                .update() == 1;
    }

    /** Whether the account signs in with a temporary password that it must replace. */
    public boolean mustChangePassword(AccountId id) {
        return jdbc.sql("select exists (select 1 from account where id = ? and must_change_password)")
                .param(id.value()).query(Boolean.class).single();
    }

    /** Teachers and administrators (accounts with a user name), by name. */
    public List<ManagedAccount> findStaff() {
        return jdbc.sql(MANAGED + " where username is not null and roles && array[:teacher, :admin]::text[]"
                        + " order by lower(display_name), lower(username)")
                .param("teacher", Roles.TEACHER)
                .param("admin", Roles.ADMIN)
                .query((rs, n) -> mapManaged(rs))
                .list();
    }

    public Optional<ManagedAccount> findManaged(AccountId id) {
        return jdbc.sql(MANAGED + " where id = ?").param(id.value()).query((rs, n) -> mapManaged(rs)).optional();
    }

    /** Enables or disables the account if the row is still at {@code version}; false when it moved on. */
    public boolean setEnabled(AccountId id, long version, boolean enabled) {
        return jdbc.sql("update account set enabled = :enabled, version = version + 1 where id = :id and version = :version")
                .param("enabled", enabled)
                .param("id", id.value())
                .param("version", version)
                .update() == 1;
    }

    /**
     * The enabled administrators, their rows locked until the transaction ends, so that two
     * administrators disabling each other at the same moment cannot leave none.
     */
    public List<AccountId> lockEnabledAdministrators() {
        return jdbc.sql("select id from account where :admin = any(roles) and enabled order by id for update")
                .param("admin", Roles.ADMIN)
                .query((rs, n) -> new AccountId(rs.getObject("id", UUID.class)))
                .list();
    }

    private static final String MANAGED =
            "select id, username, display_name, roles, enabled, must_change_password, version from account";

    private static ManagedAccount mapManaged(ResultSet rs) throws SQLException {
        Account account = map(rs);
        return new ManagedAccount(account.id(), account.displayName(), account.username(), account.roles(),
                account.enabled(), rs.getBoolean("must_change_password"), rs.getLong("version"));
    }

    private static Account map(ResultSet rs) throws SQLException {
        Array roles = rs.getArray("roles");
        Set<String> roleSet = Set.of((String[]) roles.getArray());
        return new Account(new AccountId(rs.getObject("id", UUID.class)), rs.getString("username"),
                rs.getString("display_name"), roleSet, rs.getBoolean("enabled"));
    }

    /** A password hash and the version of the row it was read from; stays inside the security module. */
    public record Credentials(String passwordHash, long version) {
        @Override
        public String toString() {
            return "Credentials[version=" + version + "]";
        }
    }

    /** An account with its password hash; stays inside the security module. */
    public record StoredAccount(Account account, String passwordHash) {
        @Override
        public String toString() {
            return "StoredAccount[" + account.id() + "]";
        }
    }
}
