package org.stepwise.program;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.stepwise.program.ast.Node;
import org.stepwise.program.ast.Node.Expr;
import org.stepwise.program.ast.Node.Stmt;
import org.stepwise.program.ast.Procedure;
import org.stepwise.program.internal.Mulberry32;

/**
 * One run of one program: walks the syntax tree, counts steps and work against the budget, and
 * keeps the trace. Statement execution returns a signal (normal, break, continue, return) instead
 * of throwing, so loops and calls stay cheap.
 */
final class Machine {

    private static final int NORMAL = 0;
    private static final int BREAK = 1;
    private static final int CONTINUE = 2;
    private static final int RETURN = 3;
    /** Value of JavaScript's Math.LN10 as Blockly's code divides by it for log10. */
    private static final double LN10 = 2.302585092994046;

    private final Program program;
    private final World world;
    private final RunOptions options;
    private final Value[] globals;
    private Value[] locals = new Value[0];
    private final String[] globalNames;
    /** What the variables panel shows now: the globals, or inside a procedure its view. */
    private View view;
    /** Variable names seen inside each procedure, for the trace; by identity (a record's hash walks its whole body). */
    private final Map<Procedure, View> procedureViews = new IdentityHashMap<>();
    private final Mulberry32 random;
    private final List<String> printed = new ArrayList<>();
    private final @Nullable Trace trace;
    private String @Nullable [] lastViewNames;
    private String @Nullable [] lastViewValues;

    private long steps;
    private long work;
    private final long budget;
    private int depth;
    private @Nullable String currentLoop;
    private Value returnValue = Value.UNDEFINED;

    Machine(Program program, World world, RunOptions options) {
        this.program = program;
        this.world = world;
        this.options = options;
        this.globals = new Value[program.globals().size()];
        java.util.Arrays.fill(globals, Value.UNDEFINED);
        this.globalNames = program.globals().toArray(String[]::new);
        int[] all = new int[globalNames.length];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        this.view = new View(globalNames, all);
        this.random = new Mulberry32(options.seed());
        this.trace = options.trace() ? new Trace(options.maxTraceSteps()) : null;
        this.budget = options.stepBudget();
        world.initialVariables().forEach((name, value) -> {
            for (int i = 0; i < globalNames.length; i++) {
                if (globalNames[i].equalsIgnoreCase(name)) {
                    globals[i] = value;
                }
            }
        });
    }

    RunResult run() {
        Outcome outcome = Outcome.SUCCESS;
        String stopBlock = null;
        Message message = null;
        try {
            for (Stmt statement : program.main()) {
                exec(statement);
            }
        } catch (Stop stop) {
            outcome = stop.outcome;
            stopBlock = stop.blockId;
            message = stop.message;
        } catch (StackOverflowError e) {
            outcome = Outcome.ERROR;
            message = Message.program("run.call-too-deep", depth);
        }
        if (trace != null) {
            trace.finish(printed);
        }
        return new RunResult(outcome, steps, work, printed, stopBlock, message, world.state(), trace);
    }

    // ---- statements ----------------------------------------------------------------------------

    private int execAll(List<Stmt> statements) {
        for (int i = 0, n = statements.size(); i < n; i++) {
            int signal = exec(statements.get(i));
            if (signal != NORMAL) {
                return signal;
            }
        }
        return NORMAL;
    }

    private int exec(Stmt statement) {
        if (statement instanceof Node.SetVariable s) {
            assign(s.variable(), eval(s.value()));
            step(s.blockId());
            return NORMAL;
        }
        if (statement instanceof Node.ChangeVariable c) {
            Value current = read(c.variable());
            Value base = current instanceof Value.Num ? current : new Value.Num(0);
            assign(c.variable(), addTo(base, c.delta()));
            step(c.blockId());
            return NORMAL;
        }
        if (statement instanceof Node.Print p) {
            printed.add(JsSemantics.toText(eval(p.value())));
            step(p.blockId());
            return NORMAL;
        }
        if (statement instanceof Node.If f) {
            List<Expr> conditions = f.conditions();
            for (int i = 0; i < conditions.size(); i++) {
                if (JsSemantics.truthy(eval(conditions.get(i)))) {
                    step(f.blockId());
                    return execAll(f.branches().get(i));
                }
            }
            step(f.blockId());
            return f.elseBranch() == null ? NORMAL : execAll(f.elseBranch());
        }
        if (statement instanceof Node.Repeat r) {
            return repeat(r);
        }
        if (statement instanceof Node.While w) {
            return whileLoop(w);
        }
        if (statement instanceof Node.For f) {
            return f.literal() ? forLiteral(f) : forGeneric(f);
        }
        if (statement instanceof Node.ForEach f) {
            return forEach(f);
        }
        if (statement instanceof Node.Flow f) {
            step(f.blockId());
            return f.isBreak() ? BREAK : CONTINUE;
        }
        if (statement instanceof Node.CallProcedure c) {
            call(c.blockId(), c.name(), c.arguments(), true);
            return NORMAL;
        }
        if (statement instanceof Node.IfReturn r) {
            boolean yes = JsSemantics.truthy(eval(r.condition()));
            if (yes) {
                returnValue = r.value() == null ? Value.UNDEFINED : eval(r.value());
            }
            step(r.blockId());
            return yes ? RETURN : NORMAL;
        }
        if (statement instanceof Node.ListSet s) {
            listSet(s);
            step(s.blockId());
            return NORMAL;
        }
        if (statement instanceof Node.ListRemove r) {
            listGet(r.blockId(), Node.ListMode.REMOVE, r.where(), r.list(), r.at());
            step(r.blockId());
            return NORMAL;
        }
        if (statement instanceof Node.Evaluate e) {
            eval(e.value());
            step(e.blockId());
            return NORMAL;
        }
        if (statement instanceof Node.WorldAction a) {
            WorldCall call = new WorldCall(a.blockId(), a.type(), a.fields(), evalInputs(a.inputs()));
            try {
                world.perform(call);
            } catch (WorldException e) {
                step(a.blockId());
                throw new Stop(e.failure() ? Outcome.FAILURE : Outcome.ERROR, a.blockId(), e.problem());
            }
            step(a.blockId());
            return NORMAL;
        }
        throw new IllegalStateException("no statement kind " + statement.getClass().getSimpleName());
    }

    private int repeat(Node.Repeat r) {
        Value end = eval(r.times());
        step(r.blockId());
        String outerLoop = currentLoop;
        currentLoop = r.blockId();
        try {
            for (double count = 0; ; count++) {
                if (r.rereadTimes()) {
                    end = eval(r.times());
                }
                boolean go = end instanceof Value.Num n ? count < n.value() : lessThan(new Value.Num(count), end);
                if (!go) {
                    return NORMAL;
                }
                tick();
                int signal = execAll(r.body());
                if (signal == BREAK) {
                    return NORMAL;
                }
                if (signal == RETURN) {
                    return RETURN;
                }
            }
        } finally {
            currentLoop = outerLoop;
        }
    }

    private int whileLoop(Node.While w) {
        String outerLoop = currentLoop;
        currentLoop = w.blockId();
        try {
            boolean first = true;
            while (true) {
                boolean holds = JsSemantics.truthy(eval(w.condition()));
                if (first) {
                    step(w.blockId());
                    first = false;
                }
                if (holds == w.until()) {
                    return NORMAL;
                }
                tick();
                int signal = execAll(w.body());
                if (signal == BREAK) {
                    return NORMAL;
                }
                if (signal == RETURN) {
                    return RETURN;
                }
            }
        } finally {
            currentLoop = outerLoop;
        }
    }

    /** Blockly's code when FROM, TO and BY are plain numbers: direction and step fixed up front. */
    private int forLiteral(Node.For f) {
        double from = ((Node.NumberLiteral) f.from()).value();
        double to = ((Node.NumberLiteral) f.to()).value();
        double by = Math.abs(((Node.NumberLiteral) f.by()).value());
        boolean up = from <= to;
        Value end = new Value.Num(to);
        assign(f.variable(), new Value.Num(from));
        step(f.blockId());
        String outerLoop = currentLoop;
        currentLoop = f.blockId();
        try {
            while (true) {
                Value current = read(f.variable());
                boolean go;
                if (current instanceof Value.Num n) {
                    go = up ? n.value() <= to : n.value() >= to; // false for NaN, as in JavaScript
                } else {
                    Integer c = JsSemantics.compare(current, end);
                    go = c != null && (up ? c <= 0 : c >= 0);
                }
                if (!go) {
                    return NORMAL;
                }
                tick();
                int signal = execAll(f.body());
                if (signal == BREAK) {
                    return NORMAL;
                }
                if (signal == RETURN) {
                    return RETURN;
                }
                Value v = read(f.variable());
                if (by == 1) {
                    assign(f.variable(), new Value.Num(JsSemantics.toNumber(v) + (up ? 1 : -1)));
                } else if (up) {
                    assign(f.variable(), JsSemantics.plus(v, new Value.Num(by)));
                } else {
                    assign(f.variable(), new Value.Num(JsSemantics.toNumber(v) - by));
                }
            }
        } finally {
            currentLoop = outerLoop;
        }
    }

    /** Blockly's general code: start and step computed once, TO re-read each round when it is a variable. */
    private int forGeneric(Node.For f) {
        Value start = eval(f.from());
        Value end = eval(f.to());
        double inc = Math.abs(JsSemantics.toNumber(eval(f.by())));
        Integer order = JsSemantics.compare(start, end);
        if (order != null && order > 0) {
            inc = -inc;
        }
        assign(f.variable(), start);
        step(f.blockId());
        String outerLoop = currentLoop;
        currentLoop = f.blockId();
        Value step = new Value.Num(inc);
        try {
            while (true) {
                if (f.rereadTo()) {
                    end = eval(f.to());
                }
                Integer c = JsSemantics.compare(read(f.variable()), end);
                boolean go = c != null && (inc >= 0 ? c <= 0 : c >= 0);
                if (!go) {
                    return NORMAL;
                }
                tick();
                int signal = execAll(f.body());
                if (signal == BREAK) {
                    return NORMAL;
                }
                if (signal == RETURN) {
                    return RETURN;
                }
                assign(f.variable(), JsSemantics.plus(read(f.variable()), step));
            }
        } finally {
            currentLoop = outerLoop;
        }
    }

    /** JavaScript's for-in over the list's indices, as Blockly's code does it. */
    private int forEach(Node.ForEach f) {
        Value enumerated = eval(f.list());
        step(f.blockId());
        int count = switch (enumerated) {
            case Value.ListValue l -> l.size();
            case Value.Text t -> t.value().length();
            default -> 0;
        };
        String outerLoop = currentLoop;
        currentLoop = f.blockId();
        try {
            for (int i = 0; i < count; i++) {
                if (enumerated instanceof Value.ListValue l && (i >= l.size() || l.items().get(i) == HOLE)) {
                    continue; // removed while looping, or a hole: for-in skips it
                }
                tick();
                Value source = f.listVariable() != null ? read(f.listVariable()) : enumerated;
                assign(f.variable(), index(f.blockId(), source, i));
                int signal = execAll(f.body());
                if (signal == BREAK) {
                    return NORMAL;
                }
                if (signal == RETURN) {
                    return RETURN;
                }
            }
            return NORMAL;
        } finally {
            currentLoop = outerLoop;
        }
    }

    // ---- procedures ----------------------------------------------------------------------------

    private Value call(String blockId, String name, List<Expr> arguments, boolean statement) {
        Procedure procedure = program.procedures().get(name);
        if (procedure == null) {
            throw new Stop(Outcome.ERROR, blockId, Message.program("run.undefined-procedure", name));
        }
        Value[] frame = new Value[procedure.parameters().size()];
        for (int i = 0; i < arguments.size(); i++) {
            Value v = eval(arguments.get(i));
            if (i < frame.length) {
                frame[i] = v;
            }
        }
        for (int i = 0; i < frame.length; i++) {
            if (frame[i] == null) {
                frame[i] = Value.UNDEFINED;
            }
        }
        if (statement) {
            step(blockId);
        }
        if (depth >= options.maxCallDepth()) {
            throw new Stop(Outcome.ERROR, blockId, Message.program("run.call-too-deep", options.maxCallDepth()));
        }
        Value[] outerLocals = locals;
        View outerView = view;
        depth++;
        locals = frame;
        if (trace != null) {
            view = procedureViews.computeIfAbsent(procedure, this::viewOf);
        }
        try {
            tick();
            int signal = execAll(procedure.body());
            if (signal == RETURN) {
                return returnValue;
            }
            return procedure.returns() && procedure.returnValue() != null ? eval(procedure.returnValue()) : Value.UNDEFINED;
        } finally {
            depth--;
            locals = outerLocals;
            view = outerView;
        }
    }

    /**
     * The variables a procedure sees: the globals it does not shadow, then its parameters. A
     * parameter named like a global hides it, as in Blockly's generated JavaScript.
     */
    private View viewOf(Procedure procedure) {
        List<String> parameters = procedure.parameters();
        List<String> names = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        for (int i = 0; i < globalNames.length; i++) {
            String global = globalNames[i];
            if (parameters.stream().noneMatch(global::equalsIgnoreCase)) {
                names.add(global);
                slots.add(i);
            }
        }
        for (int i = 0; i < parameters.size(); i++) {
            names.add(parameters.get(i));
            slots.add(-1 - i);
        }
        return new View(names.toArray(String[]::new), slots.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Variable names and where each value lives: {@code slot >= 0} a global, {@code -1 - slot} a local. */
    private record View(String[] names, int[] slots) {
    }

    // ---- expressions ---------------------------------------------------------------------------

    private Value eval(Expr expression) {
        if (++work > budget) {
        throw timeout(expression.blockId());
        }
        if (expression instanceof Node.NumberLiteral n) {
            return n.constant();
        }
        if (expression instanceof Node.GetVariable g) {
            return read(g.variable());
        }
        if (expression instanceof Node.Arithmetic a) {
            Value left = eval(a.left());
            Value right = eval(a.right());
            if (left instanceof Value.Num l && right instanceof Value.Num r) {
                return new Value.Num(arithmetic(a.op(), l.value(), r.value()));
            }
            if (a.op() == Node.ArithmeticOp.ADD) {
                return JsSemantics.plus(left, right);
            }
            return new Value.Num(arithmetic(a.op(), JsSemantics.toNumber(left), JsSemantics.toNumber(right)));
        }
        if (expression instanceof Node.Compare c) {
            Value left = eval(c.left());
            Value right = eval(c.right());
            return Value.of(switch (c.op()) {
                case EQ -> JsSemantics.looseEquals(left, right);
                case NEQ -> !JsSemantics.looseEquals(left, right);
                case LT -> lessThan(left, right);
                case LTE -> atMost(left, right);
                case GT -> lessThan(right, left);
                case GTE -> atMost(right, left);
            });
        }
        if (expression instanceof Node.TextLiteral t) {
            return new Value.Text(t.value());
        }
        if (expression instanceof Node.BooleanLiteral b) {
            return Value.of(b.value());
        }
        if (expression instanceof Node.NullLiteral n) {
            return Value.NULL;
        }
        if (expression instanceof Node.EmptyList e) {
            return new Value.ListValue();
        }
        if (expression instanceof Node.Logic l) {
            Value left = eval(l.left());
            if (JsSemantics.truthy(left) != l.and()) {
                return left;
            }
            return eval(l.right());
        }
        if (expression instanceof Node.Not n) {
            return Value.of(!JsSemantics.truthy(eval(n.argument())));
        }
        if (expression instanceof Node.Ternary t) {
            return JsSemantics.truthy(eval(t.condition())) ? eval(t.then()) : eval(t.otherwise());
        }
        if (expression instanceof Node.MathFunction m) {
            double x = JsSemantics.toNumber(eval(m.argument()));
            return new Value.Num(switch (m.op()) {
                case ROOT -> StrictMath.sqrt(x);
                case ABS -> Math.abs(x);
                case NEG -> -x;
                case LN -> JsSemantics.log(x);
                case LOG10 -> JsSemantics.log(x) / LN10;
                case EXP -> JsSemantics.exp(x);
                case POW10 -> JsSemantics.pow(10, x);
                case ROUND -> JsSemantics.round(x);
                case ROUNDUP -> Math.ceil(x);
                case ROUNDDOWN -> Math.floor(x);
            });
        }
        if (expression instanceof Node.Modulo m) {
            double a = JsSemantics.toNumber(eval(m.dividend()));
            double b = JsSemantics.toNumber(eval(m.divisor()));
            return new Value.Num(JsSemantics.remainder(a, b));
        }
        if (expression instanceof Node.NumberProperty p) {
            return Value.of(numberProperty(p));
        }
        if (expression instanceof Node.TextJoin j) {
            return textJoin(j);
        }
        if (expression instanceof Node.Length l) {
            return length(l.blockId(), eval(l.target()));
        }
        if (expression instanceof Node.RandomInt r) {
            Value a = eval(r.from());
            Value b = eval(r.to());
            if (lessThan(b, a)) {
                Value c = a;
                a = b;
                b = c;
            }
            double scaled = random.next() * (JsSemantics.toNumber(b) - JsSemantics.toNumber(a) + 1);
            return new Value.Num(Math.floor(JsSemantics.toNumber(JsSemantics.plus(new Value.Num(scaled), a))));
        }
        if (expression instanceof Node.CallFunction c) {
            return call(c.blockId(), c.name(), c.arguments(), false);
        }
        if (expression instanceof Node.CreateList c) {
            List<Value> items = new ArrayList<>(c.items().size());
            for (Expr item : c.items()) {
                items.add(eval(item));
            }
            return new Value.ListValue(items);
        }
        if (expression instanceof Node.ListGet g) {
            return listGet(g.blockId(), g.mode(), g.where(), g.list(), g.at());
        }
        if (expression instanceof Node.WorldSensor s) {
            try {
                return world.sense(new WorldCall(s.blockId(), s.type(), s.fields(), evalInputs(s.inputs())));
            } catch (WorldException e) {
                throw new Stop(e.failure() ? Outcome.FAILURE : Outcome.ERROR, s.blockId(), e.problem());
            }
        }
        throw new IllegalStateException("no value kind " + expression.getClass().getSimpleName());
    }

    /**
     * {@code base + delta} as Blockly's "change by" writes it: {@code x = base + a + b} when the
     * delta is itself an addition, so the additions group from the left.
     */
    private Value addTo(Value base, Expr delta) {
        if (delta instanceof Node.Arithmetic a && a.op() == Node.ArithmeticOp.ADD) {
            if (++work > budget) {
                throw timeout(a.blockId());
            }
            Value left = addTo(base, a.left());
            return JsSemantics.plus(left, eval(a.right()));
        }
        return JsSemantics.plus(base, eval(delta));
    }

    private static double arithmetic(Node.ArithmeticOp op, double x, double y) {
        return switch (op) {
            case ADD -> x + y;
            case MINUS -> x - y;
            case MULTIPLY -> x * y;
            case DIVIDE -> x / y;
            case POWER -> JsSemantics.pow(x, y);
        };
    }

    private Map<String, Value> evalInputs(Map<String, Expr> inputs) {
        if (inputs.isEmpty()) {
            return Map.of();
        }
        Map<String, Value> values = new LinkedHashMap<>();
        inputs.forEach((name, expr) -> values.put(name, eval(expr)));
        return values;
    }

    /** An array hole: a slot past the old end that "set" skipped over. Reads as undefined; "for each" skips it. */
    private static final Value.Undefined HOLE = new Value.Undefined();

    private static boolean lessThan(Value a, Value b) {
        Integer c = JsSemantics.compare(a, b);
        return c != null && c < 0;
    }

    private static boolean atMost(Value a, Value b) {
        Integer c = JsSemantics.compare(a, b);
        return c != null && c <= 0;
    }

    private boolean numberProperty(Node.NumberProperty p) {
        Value number = eval(p.number());
        double n = JsSemantics.toNumber(number);
        return switch (p.property()) {
            case EVEN -> JsSemantics.remainder(n, 2) == 0;
            case ODD -> JsSemantics.remainder(n, 2) == 1;
            case WHOLE -> JsSemantics.remainder(n, 1) == 0;
            case POSITIVE -> lessThan(new Value.Num(0), number);
            case NEGATIVE -> lessThan(number, new Value.Num(0));
            case DIVISIBLE_BY -> JsSemantics.remainder(n, JsSemantics.toNumber(eval(p.divisor()))) == 0;
            case PRIME -> isPrime(n, p.blockId());
        };
    }

    /** Blockly's mathIsPrime: trial division by 6k ± 1, charged to the budget as it goes. */
    private boolean isPrime(double n, String blockId) {
        if (n == 2 || n == 3) {
            return true;
        }
        if (Double.isNaN(n) || n <= 1 || n % 1 != 0 || n % 2 == 0 || n % 3 == 0) {
            return false;
        }
        double limit = StrictMath.sqrt(n) + 1;
        for (double x = 6; x <= limit; x += 6) {
            if (((long) x & 63) == 0 && ++work > budget) {
                throw timeout(blockId);
            }
            if (n % (x - 1) == 0 || n % (x + 1) == 0) {
                return false;
            }
        }
        return true;
    }

    private Value textJoin(Node.TextJoin j) {
        List<Expr> items = j.items();
        switch (items.size()) {
            case 0 -> {
                return new Value.Text("");
            }
            case 1 -> {
                return new Value.Text(JsSemantics.toText(eval(items.getFirst())));
            }
            case 2 -> {
                String a = JsSemantics.toText(eval(items.get(0)));
                return new Value.Text(a + JsSemantics.toText(eval(items.get(1))));
            }
            default -> {
                List<Value> values = new ArrayList<>(items.size());
                for (Expr item : items) {
                    values.add(eval(item));
                }
                StringBuilder sb = new StringBuilder();
                for (Value v : values) {
                    if (!(v instanceof Value.Undefined) && !(v instanceof Value.Null)) {
                        sb.append(JsSemantics.toText(v));
                    }
                }
                return new Value.Text(sb.toString());
            }
        }
    }

    // ---- lists (JavaScript arrays and strings as Blockly's code uses them) ----------------------

    private Value length(String blockId, Value target) {
        return switch (target) {
            case Value.Text t -> new Value.Num(t.value().length());
            case Value.ListValue l -> new Value.Num(l.size());
            case Value.Undefined u -> throw typeError(blockId, "run.no-length", target);
            case Value.Null n -> throw typeError(blockId, "run.no-length", target);
            default -> Value.UNDEFINED;
        };
    }

    /** {@code target[i]} for a numeric index. */
    private Value index(String blockId, Value target, double i) {
        switch (target) {
            case Value.ListValue l -> {
                return i >= 0 && i < l.size() && i == Math.floor(i) ? unhole(l.items().get((int) i)) : Value.UNDEFINED;
            }
            case Value.Text t -> {
                String s = t.value();
                return i >= 0 && i < s.length() && i == Math.floor(i) ? new Value.Text(String.valueOf(s.charAt((int) i))) : Value.UNDEFINED;
            }
            case Value.Undefined u -> throw typeError(blockId, "run.not-a-list", target);
            case Value.Null n -> throw typeError(blockId, "run.not-a-list", target);
            default -> {
                return Value.UNDEFINED;
            }
        }
    }

    private static Value unhole(Value v) {
        return v == HOLE ? Value.UNDEFINED : v;
    }

    /** JavaScript's relative start index of slice and splice. */
    private static int relativeStart(double start, int length) {
        double rel = Double.isNaN(start) ? 0 : (start < 0 ? Math.ceil(start) : Math.floor(start));
        if (rel < 0) {
            return (int) Math.max(length + rel, 0);
        }
        return (int) Math.min(rel, length);
    }

    /** {@code target.slice(start)[0]}. */
    private Value sliceFirst(String blockId, Value target, double start) {
        switch (target) {
            case Value.ListValue l -> {
                int from = relativeStart(start, l.size());
                return from < l.size() ? unhole(l.items().get(from)) : Value.UNDEFINED;
            }
            case Value.Text t -> {
                int from = relativeStart(start, t.value().length());
                return from < t.value().length() ? new Value.Text(String.valueOf(t.value().charAt(from))) : Value.UNDEFINED;
            }
            default -> throw typeError(blockId, "run.not-a-list", target);
        }
    }

    private Value.ListValue requireList(String blockId, Value target) {
        if (target instanceof Value.ListValue l) {
            return l;
        }
        throw typeError(blockId, "run.not-a-list", target);
    }

    /** {@code target.splice(start, 1)[0]}. */
    private Value removeAt(String blockId, Value target, double start) {
        Value.ListValue list = requireList(blockId, target);
        int from = relativeStart(start, list.size());
        return from < list.size() ? unhole(list.items().remove(from)) : Value.UNDEFINED;
    }

    private double randomIndex(String blockId, Value target) {
        Value len = length(blockId, target);
        return Math.floor(random.next() * JsSemantics.toNumber(len));
    }

    private Value listGet(String blockId, Node.ListMode mode, Node.ListWhere where, Expr listExpr, @Nullable Expr atExpr) {
        Value list = eval(listExpr);
        boolean get = mode == Node.ListMode.GET;
        switch (where) {
            case FIRST -> {
                if (get) {
                    return index(blockId, list, 0);
                }
                Value.ListValue l = requireList(blockId, list);
                return l.size() == 0 ? Value.UNDEFINED : unhole(l.items().removeFirst());
            }
            case LAST -> {
                if (get) {
                    return sliceFirst(blockId, list, -1);
                }
                Value.ListValue l = requireList(blockId, list);
                return l.size() == 0 ? Value.UNDEFINED : unhole(l.items().removeLast());
            }
            case FROM_START -> {
                double at = JsSemantics.toNumber(eval(atExpr)) - 1;
                return get ? index(blockId, list, at) : removeAt(blockId, list, at);
            }
            case FROM_END -> {
                double at = -JsSemantics.toNumber(eval(atExpr));
                return get ? sliceFirst(blockId, list, at) : removeAt(blockId, list, at);
            }
            case RANDOM -> {
                double x = randomIndex(blockId, list);
                return get ? index(blockId, list, x) : removeAt(blockId, list, x);
            }
        }
        throw new IllegalStateException();
    }

    private void listSet(Node.ListSet s) {
        String id = s.blockId();
        Value list = eval(s.list());
        boolean insert = s.mode() == Node.ListMode.INSERT;
        if (insert && (list instanceof Value.Undefined || list instanceof Value.Null)) {
            throw typeError(id, "run.not-a-list", list); // list.splice / push / unshift looked up first
        }
        switch (s.where()) {
            case FIRST -> {
                Value value = eval(s.value());
                if (insert) {
                    requireList(id, list).items().addFirst(value);
                } else {
                    setAt(id, list, 0, value);
                }
            }
            case LAST -> {
                if (insert) {
                    Value value = eval(s.value());
                    requireList(id, list).items().add(value);
                } else {
                    double at = JsSemantics.toNumber(length(id, list)) - 1;
                    setAt(id, list, at, eval(s.value()));
                }
            }
            case FROM_START -> {
                double at = JsSemantics.toNumber(eval(s.at())) - 1;
                Value value = eval(s.value());
                if (insert) {
                    insertAt(id, list, at, value);
                } else {
                    setAt(id, list, at, value);
                }
            }
            case FROM_END -> {
                double len = JsSemantics.toNumber(length(id, list));
                double at = len - JsSemantics.toNumber(eval(s.at()));
                Value value = eval(s.value());
                if (insert) {
                    insertAt(id, list, at, value);
                } else {
                    setAt(id, list, at, value);
                }
            }
            case RANDOM -> {
                double at = randomIndex(id, list);
                Value value = eval(s.value());
                if (insert) {
                    insertAt(id, list, at, value);
                } else {
                    setAt(id, list, at, value);
                }
            }
        }
    }

    /** {@code list[i] = value}: grows the list when i is past the end; other targets ignore it. */
    private void setAt(String blockId, Value target, double i, Value value) {
        switch (target) {
            case Value.ListValue l -> {
                if (i < 0 || i != Math.floor(i) || i >= 4_294_967_295d) {
                    return;
                }
                if (i >= 1_000_000) {
                    throw typeError(blockId, "run.not-a-list", target);
                }
                int index = (int) i;
                while (l.size() < index) {
                    l.items().add(HOLE);
                }
                if (index == l.size()) {
                    l.items().add(value);
                } else {
                    l.items().set(index, value);
                }
            }
            case Value.Undefined u -> throw typeError(blockId, "run.not-a-list", target);
            case Value.Null n -> throw typeError(blockId, "run.not-a-list", target);
            default -> {
            }
        }
    }

    /** {@code list.splice(i, 0, value)}. */
    private void insertAt(String blockId, Value target, double i, Value value) {
        Value.ListValue list = requireList(blockId, target);
        list.items().add(relativeStart(i, list.size()), value);
    }

    // ---- variables, steps, budget --------------------------------------------------------------

    private Value read(Node.VarRef v) {
        return v.local() ? locals[v.index()] : globals[v.index()];
    }

    private void assign(Node.VarRef v, Value value) {
        if (v.local()) {
            locals[v.index()] = value;
        } else {
            globals[v.index()] = value;
        }
    }

    /** One statement block done: a step the student sees. */
    private void step(String blockId) {
        if (++work > budget) {
            throw timeout(blockId);
        }
        if (trace != null) {
            String[] names = view.names();
            int[] slots = view.slots();
            String[] values = new String[names.length];
            for (int i = 0; i < names.length; i++) {
                int slot = slots[i];
                values[i] = ValueDisplay.show(slot >= 0 ? globals[slot] : locals[-1 - slot]);
            }
            trace.record(blockId, world.state(), printed.size(), names, values, lastViewNames, lastViewValues);
            lastViewNames = names;
            lastViewValues = values;
        }
        // counted after the trace has it: a program stopped by Java's own stack limit in the middle
        // of recording still has one trace step per step
        steps++;
    }

    /** One round of a loop or one call: costs budget, is not a step. */
    private void tick() {
        if (++work > budget) {
            throw timeout(currentLoop);
        }
    }

    private Stop timeout(@Nullable String fallbackBlock) {
        String block = currentLoop != null ? currentLoop : fallbackBlock;
        return new Stop(Outcome.TIMEOUT, block,
                Message.program(currentLoop != null ? "run.timeout-in-loop" : "run.timeout", budget));
    }

    private Stop typeError(String blockId, String key, Value value) {
        return new Stop(Outcome.ERROR, blockId, Message.program(key, ValueDisplay.kind(value)));
    }

    /** Ends a run early. No stack trace: it is control flow, not a bug. */
    private static final class Stop extends RuntimeException {
        final Outcome outcome;
        final @Nullable String blockId;
        final Message message;

        Stop(Outcome outcome, @Nullable String blockId, Message message) {
            super(null, null, false, false);
            this.outcome = outcome;
            this.blockId = blockId;
            this.message = message;
        }
    }
}
