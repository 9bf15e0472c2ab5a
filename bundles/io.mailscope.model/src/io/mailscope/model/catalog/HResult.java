package io.mailscope.model.catalog;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A 32-bit HRESULT as clients report it, with the forms people paste it in.
 *
 * @param value the HRESULT as a signed int (0x800CCC0F is -2146644977)
 */
public record HResult(int value) {

    private static final Pattern HEX_WITH_PREFIX = Pattern.compile("0[xX]([0-9A-Fa-f]{1,8})"); //$NON-NLS-1$
    /** Eight hex digits without a prefix, as in "800ccc0f": HRESULTs are written that way in dialogs and forums. */
    private static final Pattern BARE_HEX = Pattern.compile("[0-9A-Fa-f]{8}"); //$NON-NLS-1$
    private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]{1,10}"); //$NON-NLS-1$

    /** FACILITY_INTERNET (12): the IXP_* codes are MAKE_HRESULT(severity, FACILITY_INTERNET, 0xCCxx). */
    public static final int FACILITY_INTERNET = 0x00C;

    /**
     * Parses one HRESULT written as hex with or without {@code 0x}, signed decimal or unsigned decimal.
     *
     * @return the value, or empty when the text is not a 32-bit number in any of those forms
     */
    public static Optional<HResult> parse(String text) {
        String s = text.strip();
        var hex = HEX_WITH_PREFIX.matcher(s);
        if (hex.matches()) {
            return Optional.of(new HResult(Integer.parseUnsignedInt(hex.group(1), 16)));
        }
        if (BARE_HEX.matcher(s).matches()) {
            // eight digits are read as hex even when all are decimal digits ("80040119"): HRESULTs are pasted
            // that way, while a decimal HRESULT of a failure has ten digits
            return Optional.of(new HResult(Integer.parseUnsignedInt(s, 16)));
        }
        if (DECIMAL.matcher(s).matches()) {
            long v = Long.parseLong(s);
            if (v >= Integer.MIN_VALUE && v <= 0xFFFF_FFFFL) {
                return Optional.of(new HResult((int) v));
            }
        }
        return Optional.empty();
    }

    /** @return the value as the unsigned number Windows prints, e.g. 2148322319 */
    public long unsigned() {
        return Integer.toUnsignedLong(value);
    }

    /** @return {@code 0x800CCC0F} style: upper-case, eight digits */
    public String hex() {
        return String.format(Locale.ROOT, "0x%08X", value); //$NON-NLS-1$
    }

    public boolean isFailure() {
        return value < 0;
    }

    public int facility() {
        return (value >>> 16) & 0x7FF;
    }

    public int code() {
        return value & 0xFFFF;
    }

    /** @return a one-line decoding such as "severity failure, facility 0x0CC (Internet mail), code 0xCC0F" */
    public String describe() {
        String facilityName = facility() == FACILITY_INTERNET ? " (FACILITY_INTERNET: Internet mail transport)" //$NON-NLS-1$
                : facility() == 4 ? " (ITF: interface-specific, used by Outlook/MAPI)" : ""; //$NON-NLS-1$ //$NON-NLS-2$
        return String.format(Locale.ROOT, "severity %s, facility 0x%03X%s, code 0x%04X", //$NON-NLS-1$
                isFailure() ? "failure" : "success", facility(), facilityName, code()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public String toString() {
        return hex();
    }
}
