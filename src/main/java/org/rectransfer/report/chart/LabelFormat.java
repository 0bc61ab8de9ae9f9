package org.rectransfer.report.chart;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import java.util.function.DoubleFunction;

/** A tick-label format given as a function, for labels DecimalFormat cannot express. */
final class LabelFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;
    private final transient DoubleFunction<String> label;

    LabelFormat(DoubleFunction<String> label) { this.label = label; }

    /** @return "+5", "0", "-5": signed gains, with zero unsigned */
    static LabelFormat signed() {
        return new LabelFormat(v -> {
            String text = String.format(Locale.ROOT, "%.2f", Math.abs(v)).replaceAll("\\.?0+$", "");
            return Math.abs(v) < 1e-9 ? "0" : (v > 0 ? "+" : "-") + text;
        });
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(label.apply(number));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(label.apply(number));
    }

    /** Tick labels are only ever formatted, never parsed. */
    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        throw new UnsupportedOperationException("tick labels are not parsed");
    }
}
