package org.stepwise.security.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.security.AccountId;
import org.stepwise.security.Roles;

/**
 * Student accounts: rows of {@code account} with the single role STUDENT and no user name.
 * Every statement here is limited to such rows, so no teacher or admin account can be changed
 * through it.
 */
@Repository
public class StudentAccountRepository {

    private static final String IS_STUDENT = "roles = array['" + Roles.STUDENT + "']::text[]";

    private final JdbcClient jdbc;

    StudentAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(AccountId id, String displayName, String secretHash) {
        jdbc.sql("insert into account (id, username, display_name, password_hash, roles) values (?, null, ?, ?, array['"
                        + Roles.STUDENT + "']::text[])")
                .params(id.value(), displayName, secretHash).update();
    }

    /** The new version, or empty when the account is not a student's or its version has moved on. */
    public Optional<Long> rename(AccountId id, long expectedVersion, String displayName) {
        return jdbc.sql("update account set display_name = ?, version = version + 1 where id = ? and version = ? and " + IS_STUDENT
                        + " returning version")
                .params(displayName, id.value(), expectedVersion).query(Long.class).optional();
    }

    public boolean changeSecret(AccountId id, String secretHash) {
        return jdbc.sql("update account set password_hash = ?, version = version + 1 where id = ? and " + IS_STUDENT)
                .params(secretHash, id.value()).update() == 1;
    }

    public int delete(Collection<AccountId> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        UUID[] values = ids.stream().map(AccountId::value).toArray(UUID[]::new);
        return jdbc.sql("delete from account where id = any(?) and " + IS_STUDENT).param(values).update();
    }

    /** A student account as sign-in needs it. */
    public Optional<StoredStudent> find(AccountId id) {
        return jdbc.sql("select display_name, password_hash, enabled from account where id = ? and " + IS_STUDENT)
                .param(id.value())
                .query((rs, n) -> new StoredStudent(id, rs.getString("display_name"), rs.getString("password_hash"), rs.getBoolean("enabled")))
                .optional();
    }

    public List<AccountId> existing(Collection<AccountId> ids) {
        UUID[] values = ids.stream().map(AccountId::value).toArray(UUID[]::new);
        return jdbc.sql("select id from account where id = any(?) and " + IS_STUDENT).param(values)
                .query((rs, n) -> new AccountId(rs.getObject("id", UUID.class))).list();
    }

    /** A student with the hash of their secret; stays inside the security module. */
    public record StoredStudent(AccountId id, String displayName, String secretHash, boolean enabled) {
        @Override
        public String toString() {
            return "StoredStudent[" + id + "]";
        }
    }
}
