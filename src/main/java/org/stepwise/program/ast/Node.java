package org.stepwise.program.ast;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A node of the syntax tree. Every node carries the id of the Blockly block it came from, so
 * that highlighting, traces and error messages point straight at a block. Defaults that Blockly's
 * generator substitutes for empty inputs are literal nodes carrying the id of the block whose input
 * was empty.
 */
public sealed interface Node permits Node.Stmt, Node.Expr {

    String blockId();


    /** A statement block: the unit a student sees highlighted, one step each. */
    sealed interface Stmt extends Node {
    }

    /** A value block. */
    sealed interface Expr extends Node {
    }

    /** A variable resolved at parse time: a procedure parameter (local) or a global of the workspace. */
    record VarRef(String name, boolean local, int index) {
    }

    // ---- statements ----------------------------------------------------------------------------

    record SetVariable(String blockId, VarRef variable, Expr value) implements Stmt {
    }

    /** math_change: {@code x = (typeof x === 'number' ? x : 0) + delta}. */
    record ChangeVariable(String blockId, VarRef variable, Expr delta) implements Stmt {
    }

    /** controls_if with its else-if branches; {@code elseBranch} is null without an else. */
    record If(String blockId, List<Expr> conditions, List<List<Stmt>> branches, @Nullable List<Stmt> elseBranch) implements Stmt {
    }

    /**
     * controls_repeat(_ext). When {@code times} is a variable, Blockly's code re-reads it before every
     * round ({@code count < n}); otherwise it is evaluated once.
     */
    record Repeat(String blockId, Expr times, boolean rereadTimes, List<Stmt> body) implements Stmt {
    }

    record While(String blockId, boolean until, Expr condition, List<Stmt> body) implements Stmt {
    }

    /**
     * controls_for. {@code literal} is Blockly's fast form when FROM, TO and BY are all plain
     * numbers; otherwise the generic form, which re-reads TO before every round when it is a variable.
     */
    record For(String blockId, VarRef variable, Expr from, Expr to, Expr by, boolean literal, boolean rereadTo,
            List<Stmt> body) implements Stmt {
    }

    /** controls_forEach; when the list is a variable, each round reads the item from the variable's current list. */
    record ForEach(String blockId, VarRef variable, Expr list, @Nullable VarRef listVariable, List<Stmt> body) implements Stmt {
    }

    record Flow(String blockId, boolean isBreak) implements Stmt {
    }

    record Print(String blockId, Expr value) implements Stmt {
    }

    record CallProcedure(String blockId, String name, List<Expr> arguments) implements Stmt {
    }

    /** procedures_ifreturn; {@code value} is null inside a procedure without a return value. */
    record IfReturn(String blockId, Expr condition, @Nullable Expr value) implements Stmt {
    }

    /** lists_setIndex: SET or INSERT at FIRST, LAST, FROM_START, FROM_END or RANDOM. */
    record ListSet(String blockId, ListMode mode, ListWhere where, Expr list, @Nullable Expr at, Expr value) implements Stmt {
    }

    /** lists_getIndex used as a statement (mode REMOVE). */
    record ListRemove(String blockId, ListWhere where, Expr list, @Nullable Expr at) implements Stmt {
    }

    /** A value block standing alone at the top level: evaluated for its effects, like Blockly does. */
    record Evaluate(String blockId, Expr value) implements Stmt {
    }

    /** A statement block of the exercise's world (move forward, next day, swap…). */
    record WorldAction(String blockId, String type, Map<String, String> fields, Map<String, Expr> inputs) implements Stmt {
    }

    // ---- expressions ---------------------------------------------------------------------------

    /** A number; {@link #constant()} is made once, so evaluating the literal allocates nothing. */
    record NumberLiteral(String blockId, double value, org.stepwise.program.Value.Num constant) implements Expr {
        public NumberLiteral(String blockId, double value) {
            this(blockId, value, new org.stepwise.program.Value.Num(value));
        }

    }

    record TextLiteral(String blockId, String value) implements Expr {
    }

    record BooleanLiteral(String blockId, boolean value) implements Expr {
    }

    /** {@code null}, which Blockly's generator substitutes for some empty inputs. */
    record NullLiteral(String blockId) implements Expr {
    }

    record EmptyList(String blockId) implements Expr {
    }

    record GetVariable(String blockId, VarRef variable) implements Expr {
    }

    record Arithmetic(String blockId, ArithmeticOp op, Expr left, Expr right) implements Expr {
    }

    /** math_single and math_round. */
    record MathFunction(String blockId, MathOp op, Expr argument) implements Expr {
    }

    record Modulo(String blockId, Expr dividend, Expr divisor) implements Expr {
    }

    record NumberProperty(String blockId, Property property, Expr number, @Nullable Expr divisor) implements Expr {
    }

    record Compare(String blockId, CompareOp op, Expr left, Expr right) implements Expr {
    }

    record Logic(String blockId, boolean and, Expr left, Expr right) implements Expr {
    }

    record Not(String blockId, Expr argument) implements Expr {
    }

    record Ternary(String blockId, Expr condition, Expr then, Expr otherwise) implements Expr {
    }

    /** text_join: Blockly's code uses String(x) for one or two items and Array.join for more. */
    record TextJoin(String blockId, List<Expr> items) implements Expr {
    }

    /** text_length and lists_length: JavaScript's {@code x.length}. */
    record Length(String blockId, Expr target) implements Expr {
    }

    record RandomInt(String blockId, Expr from, Expr to) implements Expr {
    }

    record CallFunction(String blockId, String name, List<Expr> arguments) implements Expr {
    }

    record CreateList(String blockId, List<Expr> items) implements Expr {
    }

    /** lists_getIndex used as a value: GET or GET_REMOVE. */
    record ListGet(String blockId, ListMode mode, ListWhere where, Expr list, @Nullable Expr at) implements Expr {
    }

    /** A value block of the exercise's world (path ahead?, room number here…). */
    record WorldSensor(String blockId, String type, Map<String, String> fields, Map<String, Expr> inputs) implements Expr {
    }

    // ---- operators -----------------------------------------------------------------------------

    enum ArithmeticOp { ADD, MINUS, MULTIPLY, DIVIDE, POWER }

    enum MathOp { ROOT, ABS, NEG, LN, LOG10, EXP, POW10, ROUND, ROUNDUP, ROUNDDOWN }

    enum Property { EVEN, ODD, PRIME, WHOLE, POSITIVE, NEGATIVE, DIVISIBLE_BY }

    enum CompareOp { EQ, NEQ, LT, LTE, GT, GTE }

    enum ListMode { GET, GET_REMOVE, REMOVE, SET, INSERT }

    enum ListWhere { FROM_START, FROM_END, FIRST, LAST, RANDOM }
}
