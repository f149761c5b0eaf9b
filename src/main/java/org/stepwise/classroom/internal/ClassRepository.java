package org.stepwise.classroom.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.classroom.ClassDetails;
import org.stepwise.classroom.ClassId;
import org.stepwise.classroom.JoinCode;
import org.stepwise.classroom.RosterStudent;
import org.stepwise.classroom.SchoolClass;
import org.stepwise.classroom.SignInKind;
import org.stepwise.lesson.Subject;
import org.stepwise.security.AccountId;

/** Classes and their rosters in PostgreSQL. */
@Repository
public class ClassRepository {

    private static final String CLASS_COLUMNS = "id, teacher_id, name, subject, grade, join_code, sign_in, version";

    private final JdbcClient jdbc;

    ClassRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SchoolClass> byTeacher(AccountId teacher) {
        return jdbc.sql("select " + CLASS_COLUMNS + " from school_class where teacher_id = ? order by lower(name), created_at")
                .param(teacher.value()).query((rs, n) -> mapClass(rs)).list();
    }

    public Optional<SchoolClass> find(ClassId id) {
        return jdbc.sql("select " + CLASS_COLUMNS + " from school_class where id = ?").param(id.value()).query((rs, n) -> mapClass(rs)).optional();
    }

    /** The class, locked until the transaction ends: roster changes of one class happen one at a time. */
    public Optional<SchoolClass> lock(ClassId id) {
        return jdbc.sql("select " + CLASS_COLUMNS + " from school_class where id = ? for update").param(id.value())
                .query((rs, n) -> mapClass(rs)).optional();
    }

    public Optional<SchoolClass> findByCode(JoinCode code) {
        return jdbc.sql("select " + CLASS_COLUMNS + " from school_class where join_code = ?").param(code.value())
                .query((rs, n) -> mapClass(rs)).optional();
    }

    public boolean codeTaken(JoinCode code) {
        return jdbc.sql("select exists (select 1 from school_class where join_code = ?)").param(code.value()).query(Boolean.class).single();
    }

    public void insert(ClassId id, AccountId teacher, ClassDetails details, JoinCode code) {
        jdbc.sql("insert into school_class (id, teacher_id, name, subject, grade, join_code, sign_in) values (?, ?, ?, ?, ?, ?, ?)")
                .params(id.value(), teacher.value(), details.name(), details.subject().id(), details.grade(), code.value(), details.signIn().id())
                .update();
    }

    /** False when the class's version has moved on (or it is gone): nothing was changed. */
    public boolean update(ClassId id, long expectedVersion, ClassDetails details) {
        return jdbc.sql("update school_class set name = ?, subject = ?, grade = ?, sign_in = ?, version = version + 1 where id = ? and version = ?")
                .params(details.name(), details.subject().id(), details.grade(), details.signIn().id(), id.value(), expectedVersion)
                .update() == 1;
    }

    public void delete(ClassId id) {
        jdbc.sql("delete from school_class where id = ?").param(id.value()).update();
    }

    public List<RosterStudent> roster(ClassId id) {
        return jdbc.sql("""
                select a.id, a.display_name, a.version from student s join account a on a.id = s.account_id
                where s.class_id = ? order by lower(a.display_name), a.id
                """).param(id.value())
                .query((rs, n) -> new RosterStudent(new AccountId(rs.getObject("id", UUID.class)), rs.getString("display_name"), rs.getLong("version")))
                .list();
    }

    public void addStudent(ClassId id, AccountId student) {
        jdbc.sql("insert into student (account_id, class_id) values (?, ?)").params(student.value(), id.value()).update();
    }

    /** Notes that the student signed in now (the database's time, so that every instance agrees). */
    public void recordSignIn(AccountId student) {
        jdbc.sql("update student set last_signed_in_at = now() where account_id = ?").param(student.value()).update();
    }

    /**
     * The students of the class who signed in within the window before the database's now, in
     * roster order.
     */
    public List<AccountId> signedInWithin(ClassId id, java.time.Duration window) {
        return jdbc.sql("""
                select s.account_id from student s join account a on a.id = s.account_id
                where s.class_id = ? and s.last_signed_in_at > now() - make_interval(secs => ?)
                order by lower(a.display_name), a.id
                """).params(id.value(), (double) window.toSeconds())
                .query((rs, n) -> new AccountId(rs.getObject("account_id", UUID.class))).list();
    }

    /** The class a student account belongs to, if it is a student's. */
    public Optional<ClassId> classOf(AccountId student) {
        return jdbc.sql("select class_id from student where account_id = ?").param(student.value())
                .query((rs, n) -> new ClassId(rs.getObject("class_id", UUID.class))).optional();
    }

    private static SchoolClass mapClass(ResultSet rs) throws SQLException {
        return new SchoolClass(new ClassId(rs.getObject("id", UUID.class)), new AccountId(rs.getObject("teacher_id", UUID.class)),
                rs.getString("name"), Subject.fromId(rs.getString("subject")).orElseThrow(), rs.getString("grade"),
                new JoinCode(rs.getString("join_code")), SignInKind.fromId(rs.getString("sign_in")), rs.getLong("version"));
    }
}
