package org.stepwise.program;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsSemanticsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0.30000000000000004|0.1+0.2",
            "0.3333333333333333|1/3",
            "1e+21|1e21",
            "123456789012345680000|123456789012345678901",
            "1e-7|1e-7",
            "0.000001|0.000001",
            "-1.5|-1.5",
            "100|100",
            "9007199254740992|9007199254740993",
            "1.7976931348623157e+308|1.7976931348623157e308",
            "5e-324|4.9e-324",
            "1.2345e+25|1.2345e25"})
    void numbers_print_as_javascript_prints_them(String expected, String expression) {
        double value = switch (expression) {
            case "0.1+0.2" -> 0.1 + 0.2;
            case "1/3" -> 1.0 / 3;
            default -> Double.parseDouble(expression);
        };
        assertThat(JsSemantics.numberToString(value)).isEqualTo(expected);
    }

    @Test
    void special_numbers_print_as_javascript_prints_them() {
        assertThat(JsSemantics.numberToString(-0.0)).isEqualTo("0");
        assertThat(JsSemantics.numberToString(Double.NaN)).isEqualTo("NaN");
        assertThat(JsSemantics.numberToString(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
    }

    @Test
    void loose_equality_converts_like_javascript() {
        assertThat(JsSemantics.looseEquals(Value.of(1), Value.of("1"))).isTrue();
        assertThat(JsSemantics.looseEquals(Value.of(0), Value.of(""))).isTrue();
        assertThat(JsSemantics.looseEquals(Value.TRUE, Value.of(1))).isTrue();
        assertThat(JsSemantics.looseEquals(Value.TRUE, Value.of("true"))).isFalse();
        assertThat(JsSemantics.looseEquals(Value.UNDEFINED, Value.NULL)).isTrue();
        assertThat(JsSemantics.looseEquals(Value.UNDEFINED, Value.of(0))).isFalse();
        assertThat(JsSemantics.looseEquals(Value.of(Double.NaN), Value.of(Double.NaN))).isFalse();
        Value.ListValue list = new Value.ListValue(java.util.List.of(Value.of(1), Value.of(2)));
        assertThat(JsSemantics.looseEquals(list, Value.of("1,2"))).isTrue();
        assertThat(JsSemantics.looseEquals(list, new Value.ListValue(list.items()))).isFalse();
    }

    @Test
    void plus_joins_text_and_adds_numbers() {
        assertThat(JsSemantics.plus(Value.of(1), Value.of("2"))).isEqualTo(Value.of("12"));
        assertThat(JsSemantics.plus(Value.of(1), Value.TRUE)).isEqualTo(Value.of(2));
        assertThat(JsSemantics.toText(JsSemantics.plus(Value.of(1), Value.UNDEFINED))).isEqualTo("NaN");
        assertThat(JsSemantics.plus(new Value.ListValue(), Value.of(1))).isEqualTo(Value.of("1"));
    }

    @Test
    void lists_print_like_javascript_arrays() {
        Value.ListValue inner = new Value.ListValue(java.util.List.of(Value.of(2), Value.of(3)));
        Value.ListValue list = new Value.ListValue(java.util.List.of(Value.of(1), inner, Value.UNDEFINED, Value.of("a"), Value.NULL));
        assertThat(JsSemantics.toText(list)).isEqualTo("1,2,3,,a,");
    }

    @Test
    void rounding_and_remainders_follow_javascript() {
        assertThat(JsSemantics.round(2.5)).isEqualTo(3);
        assertThat(JsSemantics.round(-2.5)).isEqualTo(-2);
        assertThat(JsSemantics.remainder(-7, 3)).isEqualTo(-1);
        assertThat(JsSemantics.remainder(7, -3)).isEqualTo(1);
        assertThat(JsSemantics.remainder(5, 0)).isNaN();
    }

    @Test
    void text_converts_to_numbers_like_javascript() {
        assertThat(JsSemantics.textToNumber(" 12 ")).isEqualTo(12);
        assertThat(JsSemantics.textToNumber("")).isZero();
        assertThat(JsSemantics.textToNumber("0x1F")).isEqualTo(31);
        assertThat(JsSemantics.textToNumber("12px")).isNaN();
        assertThat(JsSemantics.textToNumber(".5")).isEqualTo(0.5);
        assertThat(JsSemantics.textToNumber("5.")).isEqualTo(5);
    }
}
