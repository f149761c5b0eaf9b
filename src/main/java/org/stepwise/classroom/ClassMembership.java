package org.stepwise.classroom;

import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.classroom.internal.ClassRepository;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.SignedInUser;

/** The class of the signed-in student, for features that follow what happens in it (the projector's questions). */
@Service
@PreAuthorize("hasRole('STUDENT')")
public class ClassMembership {

    private final ClassRepository classes;
    private final CurrentUser currentUser;

    ClassMembership(ClassRepository classes, CurrentUser currentUser) {
        this.classes = classes;
        this.currentUser = currentUser;
    }

    /** The signed-in student's class; empty when they were removed from it meanwhile. */
    @Transactional(readOnly = true)
    public Optional<ClassId> myClass() {
        return currentUser.get().map(SignedInUser::id).flatMap(classes::classOf);
    }
}
