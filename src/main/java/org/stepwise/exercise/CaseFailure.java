package org.stepwise.exercise;

/**
 * How a group of students does on one case of an exercise, counted from each student's latest
 * attempt on that exercise: of the {@code studentsTried} whose latest attempt was graded on the
 * case, {@code studentsFailing} failed it.
 *
 * @param caseName the case's name as in the exercise file; a generated case's name ends with its parameters
 * @param hidden   whether the case is hidden from students (they only learn that it passed or failed)
 */
public record CaseFailure(ExerciseKey exercise, String caseName, boolean hidden, int studentsFailing, int studentsTried) {
}
