package nl.samenspel.cases.client;

/**
 * The burgerservicenummer check: nine digits whose weighted sum (9 down to 2, and -1 for the last digit) is a
 * multiple of 11 (the elfproef). It catches every single mistyped digit and most swapped pairs.
 */
public final class Bsn {

    private Bsn() {
    }

    public static boolean isValid(String bsn) {
        if (bsn == null || !bsn.matches("[0-9]{9}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (bsn.charAt(i) - '0');
        }
        sum -= bsn.charAt(8) - '0';
        // 000000000 passes the sum but is no one's number.
        return sum % 11 == 0 && !bsn.equals("000000000");
    }
}
