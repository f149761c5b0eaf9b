package org.stepwise.program;

import java.math.BigDecimal;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * JavaScript's conversions and operators, as far as Blockly's generated code uses them. Kept in
 * one place so that every block agrees with what the same program does in a browser.
 */
public final class JsSemantics {

    private JsSemantics() {
    }

    // ---- conversions -------------------------------------------------------------------------

    /** JavaScript's ToNumber. */
    public static double toNumber(Value v) {
        if (v instanceof Value.Num n) {
            return n.value(); // the common case, without the pattern switch's dispatch
        }
        return switch (v) {
            case Value.Num n -> n.value();
            case Value.Bool b -> b.value() ? 1 : 0;
            case Value.Text t -> textToNumber(t.value());
            case Value.Undefined u -> Double.NaN;
            case Value.Null n -> 0;
            case Value.ListValue l -> textToNumber(toText(l));
        };
    }

    /** JavaScript's ToBoolean. */
    public static boolean truthy(Value v) {
        return switch (v) {
            case Value.Bool b -> b.value();
            case Value.Num n -> n.value() != 0 && !Double.isNaN(n.value());
            case Value.Text t -> !t.value().isEmpty();
            case Value.Undefined u -> false;
            case Value.Null n -> false;
            case Value.ListValue l -> true;
        };
    }

    /** JavaScript's ToString (what {@code String(x)} and {@code alert(x)} show). */
    public static String toText(Value v) {
        return switch (v) {
            case Value.Text t -> t.value();
            case Value.Num n -> numberToString(n.value());
            case Value.Bool b -> b.value() ? "true" : "false";
            case Value.Undefined u -> "undefined";
            case Value.Null n -> "null";
            case Value.ListValue l -> listToText(l, new IdentityHashMap<>());
        };
    }

    /** Array.prototype.join(","): null and undefined items show as empty; a list inside itself too. */
    private static String listToText(Value.ListValue list, Map<Value.ListValue, Boolean> visiting) {
        if (visiting.containsKey(list)) {
            return "";
        }
        visiting.put(list, Boolean.TRUE);
        StringBuilder sb = new StringBuilder();
        var items = list.items();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            Value item = items.get(i);
            switch (item) {
                case Value.Undefined u -> { }
                case Value.Null n -> { }
                case Value.ListValue inner -> sb.append(listToText(inner, visiting));
                default -> sb.append(toText(item));
            }
        }
        visiting.remove(list);
        return sb.toString();
    }

    static double textToNumber(String s) {
        String t = s.strip();
        if (t.isEmpty()) {
            return 0;
        }
        if (t.startsWith("0x") || t.startsWith("0X")) {
            return parseRadix(t.substring(2), 16);
        }
        if (t.startsWith("0o") || t.startsWith("0O")) {
            return parseRadix(t.substring(2), 8);
        }
        if (t.startsWith("0b") || t.startsWith("0B")) {
            return parseRadix(t.substring(2), 2);
        }
        switch (t) {
            case "Infinity", "+Infinity" -> {
                return Double.POSITIVE_INFINITY;
            }
            case "-Infinity" -> {
                return Double.NEGATIVE_INFINITY;
            }
            default -> {
            }
        }
        // JavaScript's StrDecimalLiteral: digits, optional fraction, optional exponent, optional sign
        if (!t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            return Double.NaN;
        }
        return Double.parseDouble(t);
    }

    private static double parseRadix(String digits, int radix) {
        if (digits.isEmpty()) {
            return Double.NaN;
        }
        double value = 0;
        for (char c : digits.toCharArray()) {
            int d = Character.digit(c, radix);
            if (d < 0) {
                return Double.NaN;
            }
            value = value * radix + d;
        }
        return value;
    }

    /** JavaScript's Number::toString(10): the shortest digits that round-trip, in JS layout. */
    public static String numberToString(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (x == 0) {
            return "0";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "Infinity" : "-Infinity";
        }
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        String sign = x < 0 ? "-" : "";
        // Double.toString gives the shortest round-tripping digits (JDK 19+); re-lay them out as JS does
        BigDecimal shortest = new BigDecimal(Double.toString(Math.abs(x))).stripTrailingZeros();
        String digits = shortest.unscaledValue().toString();
        if (digits.length() == 2) {
            // Double.toString never prints fewer than two digits (4.9E-324); JavaScript may print one (5e-324)
            BigDecimal one = shortest.round(new java.math.MathContext(1, java.math.RoundingMode.HALF_EVEN));
            if (one.doubleValue() == Math.abs(x)) {
                shortest = one.stripTrailingZeros();
                digits = shortest.unscaledValue().toString();
            }
        }
        if (new BigDecimal(digits).scaleByPowerOfTen(-shortest.scale()).doubleValue() != Math.abs(x)) {
            // Double.toString's digits do not read back as x (it happens at exact ties such as
            // 1.0000000000000001e23): take the fewest correctly rounded digits that do
            BigDecimal exact = new BigDecimal(Math.abs(x));
            for (int p = 1; p <= 17; p++) {
                BigDecimal candidate = exact.round(new java.math.MathContext(p, java.math.RoundingMode.HALF_EVEN));
                if (candidate.doubleValue() == Math.abs(x)) {
                    shortest = candidate.stripTrailingZeros();
                    digits = shortest.unscaledValue().toString();
                    break;
                }
            }
        }
        int k = digits.length();
        int n = k - shortest.scale(); // value = 0.digits × 10^n
        StringBuilder sb = new StringBuilder(sign);
        if (k <= n && n <= 21) {
            sb.append(digits).append("0".repeat(n - k));
        } else if (0 < n && n <= 21) {
            sb.append(digits, 0, n).append('.').append(digits, n, k);
        } else if (-6 < n && n <= 0) {
            sb.append("0.").append("0".repeat(-n)).append(digits);
        } else {
            int e = n - 1;
            sb.append(digits.charAt(0));
            if (k > 1) {
                sb.append('.').append(digits, 1, k);
            }
            sb.append('e').append(e < 0 ? '-' : '+').append(Math.abs(e));
        }
        return sb.toString();
    }

    // ---- operators ---------------------------------------------------------------------------

    /** JavaScript's {@code a + b}: text if either side becomes text, else numeric addition. */
    public static Value plus(Value a, Value b) {
        if (a instanceof Value.Num x && b instanceof Value.Num y) {
            return new Value.Num(x.value() + y.value());
        }
        Value pa = toPrimitive(a);
        Value pb = toPrimitive(b);
        if (pa instanceof Value.Text || pb instanceof Value.Text) {
            return new Value.Text(toText(pa) + toText(pb));
        }
        return new Value.Num(toNumber(pa) + toNumber(pb));
    }

    private static Value toPrimitive(Value v) {
        return v instanceof Value.ListValue l ? new Value.Text(toText(l)) : v;
    }

    /** JavaScript's {@code a == b} (loose equality). */
    public static boolean looseEquals(Value a, Value b) {
        if (a instanceof Value.Num x && b instanceof Value.Num y) {
            return x.value() == y.value();
        }
        if (a.getClass() == b.getClass()) {
            return strictEqualsSameType(a, b);
        }
        boolean aNullish = a instanceof Value.Undefined || a instanceof Value.Null;
        boolean bNullish = b instanceof Value.Undefined || b instanceof Value.Null;
        if (aNullish || bNullish) {
            return aNullish && bNullish;
        }
        if (a instanceof Value.Bool) {
            return looseEquals(new Value.Num(toNumber(a)), b);
        }
        if (b instanceof Value.Bool) {
            return looseEquals(a, new Value.Num(toNumber(b)));
        }
        if (a instanceof Value.Num && b instanceof Value.Text) {
            return ((Value.Num) a).value() == toNumber(b);
        }
        if (a instanceof Value.Text && b instanceof Value.Num) {
            return toNumber(a) == ((Value.Num) b).value();
        }
        if (a instanceof Value.ListValue) {
            return looseEquals(toPrimitive(a), b);
        }
        if (b instanceof Value.ListValue) {
            return looseEquals(a, toPrimitive(b));
        }
        return false;
    }

    private static boolean strictEqualsSameType(Value a, Value b) {
        return switch (a) {
            case Value.Num x -> x.value() == ((Value.Num) b).value();
            case Value.Text x -> x.value().equals(((Value.Text) b).value());
            case Value.Bool x -> x.value() == ((Value.Bool) b).value();
            case Value.ListValue x -> x == b;
            case Value.Undefined u -> true;
            case Value.Null n -> true;
        };
    }

    /**
     * JavaScript's relational comparison {@code a < b} (and the others through it): two texts
     * compare by UTF-16 code units, anything else as numbers; NaN makes every comparison false.
     *
     * @return negative, zero or positive as for a comparator, or {@code null} when undefined (NaN)
     */
    public static Integer compare(Value a, Value b) {
        Value pa = toPrimitive(a);
        Value pb = toPrimitive(b);
        if (pa instanceof Value.Text x && pb instanceof Value.Text y) {
            return Integer.signum(x.value().compareTo(y.value()));
        }
        double x = toNumber(pa);
        double y = toNumber(pb);
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return null;
        }
        return x < y ? -1 : (x > y ? 1 : 0);
    }

    /** JavaScript's {@code %}: the remainder has the sign of the dividend. */
    public static double remainder(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b) || Double.isInfinite(a) || b == 0) {
            return Double.NaN;
        }
        if (Double.isInfinite(b)) {
            return a;
        }
        if (a == (int) a && b == (int) b && a != 0) {
            int r = (int) a % (int) b; // small whole numbers: the fastest exact way
            return r != 0 ? r : (a < 0 ? -0.0 : 0.0);
        }
        if (Math.abs(a) < 0x1p53 && Math.abs(b) < 0x1p53 && a == (long) a && b == (long) b) {
            // whole numbers: exact in long arithmetic, and much faster than a double remainder
            long r = (long) a % (long) b;
            return r != 0 ? r : (a < 0 || (a == 0 && 1 / a < 0) ? -0.0 : 0.0);
        }
        return a % b; // Java's % on doubles is IEEE fmod, as in JavaScript
    }

    /** JavaScript's Math.round: halves round towards +∞. */
    public static double round(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        double floor = Math.floor(x);
        double r = (x - floor >= 0.5) ? floor + 1 : floor;
        if (r == 0 && (x < 0 || (x == 0 && 1 / x < 0))) {
            return -0.0;
        }
        return r;
    }

    /**
     * V8's Math.pow: NaN for 1 ** ±∞ and NaN exponents, {@code x * x} for the exponent 2 and
     * {@code sqrt(x + 0)} for 0.5 (as V8 does), otherwise the platform's pow. V8 uses the C
     * library's pow there and Java its own; both are within one unit in the last place, and they
     * differ in that last digit for about 1 in 500 arguments (measured: 37 of 20,000 powers of ten
     * with fractional exponents), e.g. V8 gives 1.0000000000000001e+23 for 10 ** 23.
     */
    public static double pow(double base, double exponent) {
        if (Double.isNaN(exponent)) {
            return Double.NaN;
        }
        if (Math.abs(base) == 1 && Double.isInfinite(exponent)) {
            return Double.NaN;
        }
        if (exponent == 2) {
            return base * base;
        }
        if (exponent == 0.5) {
            return base == Double.NEGATIVE_INFINITY ? Double.POSITIVE_INFINITY : Math.sqrt(base + 0);
        }
        return Math.pow(base, exponent);
    }

    /** V8's Math.exp: fdlibm's exp (Java's StrictMath), except that exp(1) is exactly Math.E. */
    public static double exp(double x) {
        return x == 1 ? Math.E : StrictMath.exp(x);
    }

    /** V8's Math.log: fdlibm's log (Java's StrictMath). */
    public static double log(double x) {
        return StrictMath.log(x);
    }
}
