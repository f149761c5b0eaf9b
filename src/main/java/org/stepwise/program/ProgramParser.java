package org.stepwise.program;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.stepwise.program.ast.Node;
import org.stepwise.program.ast.Node.Expr;
import org.stepwise.program.ast.Node.Stmt;
import org.stepwise.program.ast.Node.VarRef;
import org.stepwise.program.ast.Procedure;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads what {@code Blockly.serialization.workspaces.save} produces into a {@link Program}.
 *
 * <p>It follows Blockly's JavaScript generator: disabled blocks are skipped (their next block still
 * runs), top-level stacks run in Blockly's order (top to bottom, by position), a loose value block
 * at the top level is evaluated, and an empty input gets the generator's default (reported as a
 * {@link ProgramProblem}). Anything that cannot run is a {@link ProgramException} naming the block.
 */
public final class ProgramParser {

    public static final int MAX_JSON_BYTES = 256 * 1024;
    public static final int MAX_BLOCKS = 1_000;
    public static final int MAX_DEPTH = 100;

    /** Blockly's Workspace.SCAN_ANGLE: top blocks are ordered along a line tilted by 3°. */
    private static final double SCAN_OFFSET = Math.sin(3 * Math.PI / 180);
    /** Blockly's stringUtils.isNumber: what makes controls_for use its fast form. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("^\\s*-?\\d+(\\.\\d+)?\\s*$");
    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(10_000).build())
            .build()).build();

    private final BlockShapes worldBlocks;

    public ProgramParser(BlockShapes worldBlocks) {
        this.worldBlocks = worldBlocks;
    }

    /** A parser for programs of standard blocks only. */
    public static ProgramParser standard() {
        return new ProgramParser(BlockShapes.NONE);
    }

    public Program parse(String workspaceJson) throws ProgramException {
        int bytes = workspaceJson.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_JSON_BYTES) {
            throw new ProgramException(null, Message.program("parse.too-large", bytes, MAX_JSON_BYTES));
        }
        JsonNode root;
        try {
            root = JSON.readTree(workspaceJson);
        } catch (JacksonException e) {
            // Jackson's own words stay as they are (a detail for whoever wrote the file); where is translated
            Object where = e.getLocation() == null ? ""
                    : Message.program("parse.json-position", String.valueOf(e.getLocation().getLineNr()), String.valueOf(e.getLocation().getColumnNr()));
            String what = e.getOriginalMessage().replaceAll("\\s*\\(for [A-Za-z]+ starting at .*$", "");
            throw new ProgramException(null, Message.program("parse.not-json", what, where));
        }
        if (root == null || !root.isObject()) {
            throw new ProgramException(null, Message.program("parse.not-a-workspace", Message.program("parse.why.top-level-not-object")));
        }
        return new Run(root).parse();
    }

    /** The state of one parse. */
    private final class Run {
        private final JsonNode root;
        private final Map<String, String> variableNames = new LinkedHashMap<>();
        private final Map<String, Integer> globalSlots = new HashMap<>();
        private final List<String> globals = new ArrayList<>();
        private final Map<String, Procedure> procedures = new LinkedHashMap<>();
        private final Map<String, ProcedureHeader> headers = new HashMap<>();
        private final List<ProgramProblem> problems = new ArrayList<>();
        private final Set<String> blockTypes = new LinkedHashSet<>();
        private final Set<String> calledProcedures = new LinkedHashSet<>();
        private int blocks;
        private int counted;
        private int syntheticIds;

        private record ProcedureHeader(String name, List<String> parameters, boolean returns) {
        }

        /** Where the parser is: inside which procedure, inside how many loops, how deep. */
        private record Context(@Nullable ProcedureHeader procedure, int loops, int depth) {
            Context deeper() {
                return new Context(procedure, loops, depth + 1);
            }

            Context inLoop() {
                return new Context(procedure, loops + 1, depth + 1);
            }
        }

        Run(JsonNode root) {
            this.root = root;
        }

        Program parse() throws ProgramException {
            JsonNode variables = root.path("variables");
            for (JsonNode v : variables) {
                String id = v.path("id").asString("");
                String name = v.path("name").asString("");
                if (id.isEmpty() || name.isEmpty()) {
                    throw new ProgramException(null, Message.program("parse.not-a-workspace", Message.program("parse.why.variable-without-name")));
                }
                variableNames.put(id, name);
                globalSlot(name);
            }
            JsonNode blocksNode = root.path("blocks");
            List<JsonNode> tops = new ArrayList<>();
            if (!blocksNode.isMissingNode()) {
                JsonNode list = blocksNode.path("blocks");
                if (!list.isArray()) {
                    throw new ProgramException(null, Message.program("parse.not-a-workspace", Message.program("parse.why.blocks-not-a-list")));
                }
                list.forEach(tops::add);
            }
            tops.sort((a, b) -> Double.compare(a.path("y").asDouble(0) + SCAN_OFFSET * a.path("x").asDouble(0),
                    b.path("y").asDouble(0) + SCAN_OFFSET * b.path("x").asDouble(0)));

            // procedures first: a call may come before its definition
            for (JsonNode top : tops) {
                if (isProcedureDefinition(top) && enabled(top)) {
                    ProcedureHeader header = header(top);
                    if (headers.containsKey(key(header.name()))) {
                        throw new ProgramException(id(top), Message.program("parse.duplicate-procedure", header.name()));
                    }
                    headers.put(key(header.name()), header);
                }
            }
            List<Stmt> main = new ArrayList<>();
            for (JsonNode top : tops) {
                if (isProcedureDefinition(top)) {
                    countStack(top);
                    if (enabled(top)) {
                        Procedure procedure = procedure(top);
                        procedures.put(procedure.name(), procedure);
                    }
                    main.addAll(stack(top.path("next").path("block"), new Context(null, 0, 0)));
                } else if (top.has("output") || isValueBlock(top)) {
                    countBlock(top);
                    if (enabled(top)) {
                        main.add(new Node.Evaluate(id(top), expr(top, new Context(null, 0, 0))));
                    }
                } else {
                    main.addAll(stack(top, new Context(null, 0, 0)));
                }
            }
            for (String name : calledProcedures) {
                if (!procedures.containsKey(name)) {
                    // Blockly's code fails when the call runs: so does ours, but say so now too
                    problems.add(new ProgramProblem("", Message.program("warn.undefined-procedure", name)));
                }
            }
            return new Program(main, procedures, globals, counted, blockTypes, problems);
        }

        // ---- blocks and stacks ---------------------------------------------------------------

        private List<Stmt> stack(JsonNode first, Context ctx) throws ProgramException {
            List<Stmt> statements = new ArrayList<>();
            JsonNode block = first;
            while (block != null && block.isObject()) {
                countBlock(block);
                if (enabled(block)) {
                    if (isProcedureDefinition(block)) {
                        throw new ProgramException(id(block), Message.program("parse.bad-block", Message.program("parse.why.definition-inside-blocks")));
                    }
                    statements.add(statement(block, ctx));
                }
                block = child(block.path("next"));
            }
            return statements;
        }

        private Stmt statement(JsonNode b, Context ctx) throws ProgramException {
            if (ctx.depth() > MAX_DEPTH) {
                throw new ProgramException(id(b), Message.program("parse.too-deep", MAX_DEPTH));
            }
            String type = type(b);
            String id = id(b);
            Context inner = ctx.deeper();
            switch (type) {
                case "variables_set" -> {
                    return new Node.SetVariable(id, variable(b, ctx), input(b, "VALUE", inner, num(id, 0)));
                }
                case "math_change" -> {
                    return new Node.ChangeVariable(id, variable(b, ctx), input(b, "DELTA", inner, num(id, 0)));
                }
                case "text_print" -> {
                    return new Node.Print(id, input(b, "TEXT", inner, new Node.TextLiteral(id, "")));
                }
                case "controls_if" -> {
                    int elseIfs = b.path("extraState").path("elseIfCount").asInt(0);
                    boolean hasElse = b.path("extraState").path("hasElse").asBoolean(false) || b.path("inputs").has("ELSE");
                    for (int i = elseIfs + 1; b.path("inputs").has("IF" + i) || b.path("inputs").has("DO" + i); i++) {
                        elseIfs = i;
                    }
                    List<Expr> conditions = new ArrayList<>();
                    List<List<Stmt>> branches = new ArrayList<>();
                    for (int i = 0; i <= elseIfs; i++) {
                        conditions.add(input(b, "IF" + i, inner, new Node.BooleanLiteral(id, false)));
                        branches.add(statements(b, "DO" + i, inner));
                    }
                    return new Node.If(id, conditions, branches, hasElse ? statements(b, "ELSE", inner) : null);
                }
                case "controls_repeat_ext" -> {
                    JsonNode times = inputBlock(b, "TIMES");
                    boolean reread = times != null && "variables_get".equals(type(times));
                    return new Node.Repeat(id, input(b, "TIMES", inner, num(id, 0)), reread, statements(b, "DO", ctx.inLoop()));
                }
                case "controls_repeat" -> {
                    double times = numberField(b, "TIMES");
                    return new Node.Repeat(id, num(id, times), false, statements(b, "DO", ctx.inLoop()));
                }
                case "controls_whileUntil" -> {
                    boolean until = switch (field(b, "MODE")) {
                        case "WHILE" -> false;
                        case "UNTIL" -> true;
                        default -> throw badField(b, "MODE");
                    };
                    return new Node.While(id, until, input(b, "BOOL", inner, new Node.BooleanLiteral(id, false)),
                            statements(b, "DO", ctx.inLoop()));
                }
                case "controls_for" -> {
                    VarRef v = variable(b, ctx);
                    boolean literal = plainNumberOrEmpty(b, "FROM") && plainNumberOrEmpty(b, "TO") && plainNumberOrEmpty(b, "BY");
                    JsonNode to = inputBlock(b, "TO");
                    boolean rereadTo = !literal && to != null && "variables_get".equals(type(to));
                    return new Node.For(id, v, input(b, "FROM", inner, num(id, 0)), input(b, "TO", inner, num(id, 0)),
                            input(b, "BY", inner, num(id, 1)), literal, rereadTo, statements(b, "DO", ctx.inLoop()));
                }
                case "controls_forEach" -> {
                    VarRef v = variable(b, ctx);
                    JsonNode list = inputBlock(b, "LIST");
                    VarRef listVariable = list != null && "variables_get".equals(type(list)) ? variable(list, ctx) : null;
                    return new Node.ForEach(id, v, input(b, "LIST", inner, new Node.EmptyList(id)), listVariable,
                            statements(b, "DO", ctx.inLoop()));
                }
                case "controls_flow_statements" -> {
                    boolean isBreak = switch (field(b, "FLOW")) {
                        case "BREAK" -> true;
                        case "CONTINUE" -> false;
                        default -> throw badField(b, "FLOW");
                    };
                    if (ctx.loops() == 0) {
                        throw new ProgramException(id, Message.program("parse.flow-outside-loop",
                                Message.program(isBreak ? "parse.flow.break" : "parse.flow.continue")));
                    }
                    return new Node.Flow(id, isBreak);
                }
                case "procedures_callnoreturn" -> {
                    return new Node.CallProcedure(id, calledName(b), arguments(b, inner));
                }
                case "procedures_ifreturn" -> {
                    if (ctx.procedure() == null) {
                        throw new ProgramException(id, Message.program("parse.ifreturn-outside-procedure"));
                    }
                    JsonNode extra = b.path("extraState");
                    boolean hasValue;
                    if (extra.isString() && extra.asString().contains("value=")) {
                        hasValue = extra.asString().contains("value=\"1\""); // Blockly saves this block's state as XML
                    } else if (extra.has("hasReturnValue")) {
                        hasValue = extra.path("hasReturnValue").asBoolean();
                    } else {
                        hasValue = b.path("inputs").has("VALUE") || ctx.procedure().returns();
                    }
                    return new Node.IfReturn(id, input(b, "CONDITION", inner, new Node.BooleanLiteral(id, false)),
                            hasValue ? input(b, "VALUE", inner, new Node.NullLiteral(id)) : null);
                }
                case "lists_setIndex" -> {
                    Node.ListMode mode = listMode(b, Set.of(Node.ListMode.SET, Node.ListMode.INSERT));
                    Node.ListWhere where = listWhere(b);
                    Expr list = input(b, "LIST", inner, new Node.EmptyList(id));
                    Expr at = usesAt(where) ? input(b, "AT", inner, num(id, 1)) : null;
                    return new Node.ListSet(id, mode, where, list, at, input(b, "TO", inner, new Node.NullLiteral(id)));
                }
                case "lists_getIndex" -> {
                    Node.ListWhere where = listWhere(b);
                    listMode(b, Set.of(Node.ListMode.REMOVE, Node.ListMode.GET_REMOVE, Node.ListMode.GET));
                    Expr list = input(b, "VALUE", inner, new Node.EmptyList(id));
                    Expr at = usesAt(where) ? input(b, "AT", inner, num(id, 1)) : null;
                    return new Node.ListRemove(id, where, list, at);
                }
                default -> {
                    BlockShape shape = worldBlocks.get(type).orElse(null);
                    if (shape != null && shape.statement()) {
                        return new Node.WorldAction(id, type, worldFields(b, shape), worldInputs(b, shape, inner));
                    }
                    if (shape != null || isValueBlock(b)) {
                        throw new ProgramException(id, Message.program("parse.bad-block", Message.program("parse.why.value-as-statement", type)));
                    }
                    throw new ProgramException(id, Message.program("parse.unknown-block", type));
                }
            }
        }

        private Expr expr(JsonNode b, Context ctx) throws ProgramException {
            if (ctx.depth() > MAX_DEPTH) {
                throw new ProgramException(id(b), Message.program("parse.too-deep", MAX_DEPTH));
            }
            String type = type(b);
            String id = id(b);
            Context inner = ctx.deeper();
            switch (type) {
                case "math_number" -> {
                    return num(id, numberField(b, "NUM"));
                }
                case "text" -> {
                    return new Node.TextLiteral(id, fieldRaw(b, "TEXT"));
                }
                case "logic_boolean" -> {
                    return new Node.BooleanLiteral(id, switch (field(b, "BOOL")) {
                        case "TRUE" -> true;
                        case "FALSE" -> false;
                        default -> throw badField(b, "BOOL");
                    });
                }
                case "variables_get" -> {
                    return new Node.GetVariable(id, variable(b, ctx));
                }
                case "math_arithmetic" -> {
                    Node.ArithmeticOp op = enumField(b, "OP", Node.ArithmeticOp.class);
                    return reassociate(new Node.Arithmetic(id, op, input(b, "A", inner, num(id, 0)), input(b, "B", inner, num(id, 0))));
                }
                case "math_single" -> {
                    Node.MathOp op = enumField(b, "OP", Node.MathOp.class);
                    if (op == Node.MathOp.ROUND || op == Node.MathOp.ROUNDUP || op == Node.MathOp.ROUNDDOWN) {
                        throw badField(b, "OP");
                    }
                    return new Node.MathFunction(id, op, input(b, "NUM", inner, num(id, 0)));
                }
                case "math_round" -> {
                    Node.MathOp op = enumField(b, "OP", Node.MathOp.class);
                    if (op != Node.MathOp.ROUND && op != Node.MathOp.ROUNDUP && op != Node.MathOp.ROUNDDOWN) {
                        throw badField(b, "OP");
                    }
                    return new Node.MathFunction(id, op, input(b, "NUM", inner, num(id, 0)));
                }
                case "math_modulo" -> {
                    return new Node.Modulo(id, input(b, "DIVIDEND", inner, num(id, 0)), input(b, "DIVISOR", inner, num(id, 0)));
                }
                case "math_number_property" -> {
                    Node.Property property = enumField(b, "PROPERTY", Node.Property.class);
                    Expr divisor = property == Node.Property.DIVISIBLE_BY ? input(b, "DIVISOR", inner, num(id, 0)) : null;
                    return new Node.NumberProperty(id, property, input(b, "NUMBER_TO_CHECK", inner, num(id, 0)), divisor);
                }
                case "math_random_int" -> {
                    return new Node.RandomInt(id, input(b, "FROM", inner, num(id, 0)), input(b, "TO", inner, num(id, 0)));
                }
                case "logic_compare" -> {
                    Node.CompareOp op = enumField(b, "OP", Node.CompareOp.class);
                    return new Node.Compare(id, op, input(b, "A", inner, num(id, 0)), input(b, "B", inner, num(id, 0)));
                }
                case "logic_operation" -> {
                    boolean and = switch (field(b, "OP")) {
                        case "AND" -> true;
                        case "OR" -> false;
                        default -> throw badField(b, "OP");
                    };
                    boolean noA = inputBlock(b, "A") == null;
                    boolean noB = inputBlock(b, "B") == null;
                    boolean fill = !(noA && noB) && and;
                    return new Node.Logic(id, and, input(b, "A", inner, new Node.BooleanLiteral(id, fill)),
                            input(b, "B", inner, new Node.BooleanLiteral(id, fill)));
                }
                case "logic_negate" -> {
                    return new Node.Not(id, input(b, "BOOL", inner, new Node.BooleanLiteral(id, true)));
                }
                case "logic_ternary" -> {
                    return new Node.Ternary(id, input(b, "IF", inner, new Node.BooleanLiteral(id, false)),
                            input(b, "THEN", inner, new Node.NullLiteral(id)), input(b, "ELSE", inner, new Node.NullLiteral(id)));
                }
                case "text_join" -> {
                    int count = itemCount(b, "ADD");
                    List<Expr> items = new ArrayList<>(count);
                    for (int i = 0; i < count; i++) {
                        items.add(input(b, "ADD" + i, inner, new Node.TextLiteral(id, "")));
                    }
                    return new Node.TextJoin(id, items);
                }
                case "text_length" -> {
                    return new Node.Length(id, input(b, "VALUE", inner, new Node.TextLiteral(id, "")));
                }
                case "lists_length" -> {
                    return new Node.Length(id, input(b, "VALUE", inner, new Node.EmptyList(id)));
                }
                case "lists_create_empty" -> {
                    return new Node.EmptyList(id);
                }
                case "lists_create_with" -> {
                    int count = itemCount(b, "ADD");
                    List<Expr> items = new ArrayList<>(count);
                    for (int i = 0; i < count; i++) {
                        items.add(input(b, "ADD" + i, inner, new Node.NullLiteral(id)));
                    }
                    return new Node.CreateList(id, items);
                }
                case "lists_getIndex" -> {
                    Node.ListMode mode = listMode(b, Set.of(Node.ListMode.GET, Node.ListMode.GET_REMOVE));
                    Node.ListWhere where = listWhere(b);
                    Expr list = input(b, "VALUE", inner, new Node.EmptyList(id));
                    Expr at = usesAt(where) ? input(b, "AT", inner, num(id, 1)) : null;
                    return new Node.ListGet(id, mode, where, list, at);
                }
                case "procedures_callreturn" -> {
                    return new Node.CallFunction(id, calledName(b), arguments(b, inner));
                }
                default -> {
                    BlockShape shape = worldBlocks.get(type).orElse(null);
                    if (shape != null && !shape.statement()) {
                        return new Node.WorldSensor(id, type, worldFields(b, shape), worldInputs(b, shape, inner));
                    }
                    if (shape != null || isStatementBlock(type)) {
                        throw new ProgramException(id, Message.program("parse.bad-block", Message.program("parse.why.statement-as-value", type)));
                    }
                    throw new ProgramException(id, Message.program("parse.unknown-block", type));
                }
            }
        }

        /**
         * Blockly's generator writes {@code a + (b + c)} as {@code a + b + c} and {@code a * (b * c)}
         * as {@code a * b * c} (its ORDER_OVERRIDES), so JavaScript computes {@code (a + b) + c}: with
         * text or rounding that differs. Build the tree the way the generated code groups it.
         */
        private Expr reassociate(Node.Arithmetic a) {
            if ((a.op() == Node.ArithmeticOp.ADD || a.op() == Node.ArithmeticOp.MULTIPLY)
                    && a.right() instanceof Node.Arithmetic r && r.op() == a.op()) {
                Node.Arithmetic left = new Node.Arithmetic(a.blockId(), a.op(), a.left(), r.left());
                return new Node.Arithmetic(r.blockId(), a.op(), (Node.Expr) reassociate(left), r.right());
            }
            return a;
        }

        // ---- procedures ----------------------------------------------------------------------

        private ProcedureHeader header(JsonNode b) throws ProgramException {
            String name = fieldRaw(b, "NAME").strip();
            if (name.isEmpty()) {
                throw new ProgramException(id(b), Message.program("parse.missing-field", type(b), "NAME"));
            }
            List<String> params = new ArrayList<>();
            for (JsonNode p : b.path("extraState").path("params")) {
                String paramName = p.isObject() ? p.path("name").asString("") : p.asString("");
                if (paramName.isEmpty() && p.isObject() && p.has("id")) {
                    paramName = variableNames.getOrDefault(p.path("id").asString(), "");
                }
                if (paramName.isEmpty()) {
                    throw new ProgramException(id(b), Message.program("parse.bad-block", Message.program("parse.why.parameter-without-name", name)));
                }
                params.add(paramName);
                globalSlot(paramName); // Blockly also lists parameters among the workspace's variables
            }
            return new ProcedureHeader(name, params, "procedures_defreturn".equals(type(b)));
        }

        private Procedure procedure(JsonNode b) throws ProgramException {
            ProcedureHeader header = headers.get(key(fieldRaw(b, "NAME").strip()));
            Context ctx = new Context(header, 0, 1);
            List<Stmt> body = statements(b, "STACK", ctx);
            Expr returnValue = null;
            if (header.returns()) {
                JsonNode ret = inputBlock(b, "RETURN");
                if (ret != null) {
                    returnValue = input(b, "RETURN", ctx, new Node.NullLiteral(id(b)));
                }
            }
            return new Procedure(id(b), header.name(), header.parameters(), body, returnValue, header.returns());
        }

        private String calledName(JsonNode b) throws ProgramException {
            String name = b.path("extraState").path("name").asString("");
            if (name.isEmpty()) {
                name = b.path("fields").path("NAME").asString("");
            }
            if (name.isEmpty()) {
                throw new ProgramException(id(b), Message.program("parse.missing-field", type(b), "name"));
            }
            ProcedureHeader header = headers.get(key(name));
            String resolved = header != null ? header.name() : name;
            calledProcedures.add(resolved);
            if (header == null) {
                problems.add(new ProgramProblem(id(b), Message.program("warn.undefined-procedure", name)));
            }
            return resolved;
        }

        private List<Expr> arguments(JsonNode b, Context ctx) throws ProgramException {
            int count = b.path("extraState").path("params").size();
            for (int i = count; b.path("inputs").has("ARG" + i); i++) {
                count = i + 1;
            }
            List<Expr> args = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                args.add(input(b, "ARG" + i, ctx, new Node.NullLiteral(id(b))));
            }
            return args;
        }

        // ---- inputs, fields, variables -------------------------------------------------------

        private List<Stmt> statements(JsonNode b, String name, Context ctx) throws ProgramException {
            JsonNode first = child(b.path("inputs").path(name));
            return first == null ? List.of() : stack(first, ctx);
        }

        /** The block plugged into a value input (a real block, else its shadow), or null. */
        private @Nullable JsonNode inputBlock(JsonNode b, String name) {
            return child(b.path("inputs").path(name));
        }

        private Expr input(JsonNode b, String name, Context ctx, Expr fallback) throws ProgramException {
            JsonNode connection = b.path("inputs").path(name);
            JsonNode target = child(connection);
            if (target != null) {
                boolean shadow = !connection.has("block");
                if (!shadow) {
                    countBlock(target);
                } else {
                    countShadow(target);
                }
                if (enabled(target)) {
                    return expr(target, ctx);
                }
            }
            problems.add(new ProgramProblem(id(b), Message.program("warn.empty-input", type(b), name, describe(fallback))));
            return fallback;
        }

        /** The value an empty slot gets, for the warning: 0, "", false, an empty list, nothing. */
        private Object describe(Expr literal) {
            return switch (literal) {
                case Node.NumberLiteral n -> JsSemantics.numberToString(n.value());
                case Node.TextLiteral t -> "\"" + t.value() + "\"";
                case Node.BooleanLiteral bl -> Message.program(bl.value() ? "value.true" : "value.false");
                case Node.EmptyList e -> Message.program("value.empty-list");
                default -> Message.program("value.nothing");
            };
        }

        private @Nullable JsonNode child(JsonNode connection) {
            if (connection == null || connection.isMissingNode() || connection.isNull()) {
                return null;
            }
            JsonNode block = connection.path("block");
            if (block.isObject()) {
                return block;
            }
            JsonNode shadow = connection.path("shadow");
            return shadow.isObject() ? shadow : null;
        }

        private VarRef variable(JsonNode b, Context ctx) throws ProgramException {
            JsonNode f = b.path("fields").path("VAR");
            String name;
            if (f.isObject() && f.has("id") && variableNames.containsKey(f.path("id").asString())) {
                name = variableNames.get(f.path("id").asString());
            } else if (f.isObject() && f.has("name")) {
                name = f.path("name").asString();
            } else if (f.isString()) {
                name = variableNames.getOrDefault(f.asString(), f.asString());
            } else {
                throw new ProgramException(id(b), Message.program("parse.unknown-variable", type(b)));
            }
            ProcedureHeader procedure = ctx.procedure();
            if (procedure != null) {
                for (int i = 0; i < procedure.parameters().size(); i++) {
                    if (procedure.parameters().get(i).equalsIgnoreCase(name)) {
                        return new VarRef(procedure.parameters().get(i), true, i);
                    }
                }
            }
            return new VarRef(name, false, globalSlot(name));
        }

        private int globalSlot(String name) {
            return globalSlots.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> {
                globals.add(name);
                return globals.size() - 1;
            });
        }

        private String field(JsonNode b, String name) throws ProgramException {
            JsonNode f = b.path("fields").path(name);
            if (f.isMissingNode() || f.isNull() || f.isContainer()) {
                throw new ProgramException(id(b), Message.program("parse.missing-field", type(b), name));
            }
            return f.asString();
        }

        /** A field's text exactly as saved (text blocks may hold any characters). */
        private String fieldRaw(JsonNode b, String name) throws ProgramException {
            return field(b, name);
        }

        private double numberField(JsonNode b, String name) throws ProgramException {
            JsonNode f = b.path("fields").path(name);
            if (f.isNumber()) {
                return f.asDouble();
            }
            String text = field(b, name);
            double value = JsSemantics.textToNumber(text);
            if (Double.isNaN(value) && !"NaN".equals(text.strip())) {
                throw new ProgramException(id(b), Message.program("parse.bad-number", type(b), text));
            }
            return value;
        }

        private <E extends Enum<E>> E enumField(JsonNode b, String name, Class<E> type) throws ProgramException {
            String value = field(b, name);
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                throw badField(b, name);
            }
        }

        private ProgramException badField(JsonNode b, String name) {
            String value = b.path("fields").path(name).asString("");
            return new ProgramException(id(b), Message.program("parse.bad-field", b.path("type").asString("?"), name, value));
        }

        private Node.ListMode listMode(JsonNode b, Set<Node.ListMode> allowed) throws ProgramException {
            Node.ListMode mode = enumField(b, "MODE", Node.ListMode.class);
            if (!allowed.contains(mode)) {
                throw badField(b, "MODE");
            }
            return mode;
        }

        private Node.ListWhere listWhere(JsonNode b) throws ProgramException {
            return enumField(b, "WHERE", Node.ListWhere.class);
        }

        private boolean usesAt(Node.ListWhere where) {
            return where == Node.ListWhere.FROM_START || where == Node.ListWhere.FROM_END;
        }

        private int itemCount(JsonNode b, String prefix) {
            int count = b.path("extraState").path("itemCount").asInt(-1);
            if (count < 0) {
                count = 0;
                for (String name : b.path("inputs").propertyNames()) {
                    if (name.startsWith(prefix)) {
                        try {
                            count = Math.max(count, Integer.parseInt(name.substring(prefix.length())) + 1);
                        } catch (NumberFormatException ignored) {
                            // another input
                        }
                    }
                }
            }
            return count;
        }

        private boolean plainNumberOrEmpty(JsonNode b, String name) throws ProgramException {
            JsonNode target = inputBlock(b, name);
            if (target == null || !enabled(target)) {
                return true; // Blockly's defaults "0", "0" and "1" are plain numbers
            }
            if (!"math_number".equals(type(target))) {
                return false;
            }
            return PLAIN_NUMBER.matcher(JsSemantics.numberToString(numberField(target, "NUM"))).matches();
        }

        private Map<String, String> worldFields(JsonNode b, BlockShape shape) throws ProgramException {
            Map<String, String> fields = new LinkedHashMap<>();
            for (var entry : shape.fields().entrySet()) {
                String value = field(b, entry.getKey());
                if (!entry.getValue().isEmpty() && !entry.getValue().contains(value)) {
                    throw badField(b, entry.getKey());
                }
                fields.put(entry.getKey(), value);
            }
            return fields;
        }

        private Map<String, Expr> worldInputs(JsonNode b, BlockShape shape, Context ctx) throws ProgramException {
            Map<String, Expr> inputs = new LinkedHashMap<>();
            for (String name : shape.inputs()) {
                JsonNode target = inputBlock(b, name);
                if (target == null || !enabled(target)) {
                    throw new ProgramException(id(b), Message.program("parse.missing-input", type(b), name));
                }
                inputs.put(name, input(b, name, ctx, num(id(b), 0)));
            }
            return inputs;
        }

        // ---- small helpers -------------------------------------------------------------------

        private Node.NumberLiteral num(String id, double value) {
            return new Node.NumberLiteral(id, value);
        }

        private String type(JsonNode b) throws ProgramException {
            String type = b.path("type").asString("");
            if (type.isEmpty()) {
                throw new ProgramException(id(b), Message.program("parse.bad-block", Message.program("parse.why.no-type")));
            }
            return type;
        }

        private String id(JsonNode b) {
            String id = b.path("id").asString("");
            if (id.isEmpty()) {
                id = "block-" + (++syntheticIds);
                if (b instanceof tools.jackson.databind.node.ObjectNode o) {
                    o.put("id", id);
                }
            }
            return id;
        }

        private boolean enabled(JsonNode b) {
            if (b.has("enabled") && !b.path("enabled").asBoolean(true)) {
                return false;
            }
            JsonNode reasons = b.path("disabledReasons");
            return !(reasons.isArray() && !reasons.isEmpty());
        }

        private boolean isProcedureDefinition(JsonNode b) {
            String type = b.path("type").asString("");
            return type.equals("procedures_defnoreturn") || type.equals("procedures_defreturn");
        }

        private boolean isValueBlock(JsonNode b) {
            String type = b.path("type").asString("");
            return VALUE_BLOCKS.contains(type) || worldBlocks.get(type).map(s -> !s.statement()).orElse(false)
                    || ("lists_getIndex".equals(type) && !b.path("extraState").path("isStatement").asBoolean(false)
                            && !b.has("next") && !"REMOVE".equals(b.path("fields").path("MODE").asString("")));
        }

        private boolean isStatementBlock(String type) {
            return STATEMENT_BLOCKS.contains(type);
        }

        private void countBlock(JsonNode b) throws ProgramException {
            count(b);
            counted++;
            blockTypes.add(b.path("type").asString(""));
        }

        private void countShadow(JsonNode b) throws ProgramException {
            count(b);
        }

        private void count(JsonNode b) throws ProgramException {
            if (++blocks > MAX_BLOCKS) {
                throw new ProgramException(id(b), Message.program("parse.too-many-blocks", "> " + MAX_BLOCKS, MAX_BLOCKS));
            }
        }

        /** Counts the blocks of a procedure definition stack for the limit, before parsing it. */
        private void countStack(JsonNode b) throws ProgramException {
            countBlock(b);
        }

        private String key(String procedureName) {
            return procedureName.toLowerCase(Locale.ROOT);
        }
    }

    private static final Set<String> VALUE_BLOCKS = Set.of("math_number", "text", "logic_boolean", "variables_get",
            "math_arithmetic", "math_single", "math_round", "math_modulo", "math_number_property", "math_random_int",
            "logic_compare", "logic_operation", "logic_negate", "logic_ternary", "text_join", "text_length",
            "lists_length", "lists_create_empty", "lists_create_with", "procedures_callreturn");

    private static final Set<String> STATEMENT_BLOCKS = Set.of("variables_set", "math_change", "text_print", "controls_if",
            "controls_repeat_ext", "controls_repeat", "controls_whileUntil", "controls_for", "controls_forEach",
            "controls_flow_statements", "procedures_callnoreturn", "procedures_ifreturn", "lists_setIndex",
            "procedures_defnoreturn", "procedures_defreturn");

    /** Every standard block type this parser understands. */
    public static Set<String> standardBlockTypes() {
        Set<String> all = new LinkedHashSet<>(VALUE_BLOCKS);
        all.addAll(STATEMENT_BLOCKS);
        all.add("lists_getIndex");
        return Set.copyOf(all);
    }
}
