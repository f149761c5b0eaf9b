package org.stepwise.security.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.security.Account;
import org.stepwise.security.AccountId;
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

    private static Account map(ResultSet rs) throws SQLException {
        Array roles = rs.getArray("roles");
        Set<String> roleSet = Set.of((String[]) roles.getArray());
        return new Account(new AccountId(rs.getObject("id", UUID.class)), rs.getString("username"),
                rs.getString("display_name"), roleSet, rs.getBoolean("enabled"));
    }

    /** An account with its password hash; stays inside the security module. */
    public record StoredAccount(Account account, String passwordHash) {
        @Override
        public String toString() {
            return "StoredAccount[" + account.id() + "]";
        }
    }
}
