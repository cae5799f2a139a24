package kz.egmis.reference;

/** A region, identified by the first two digits of its KATO code. */
public record Region(String code, String nameRu, String nameKk, String nameEn) {

    public Region {
        if (!isRegionCode(code)) {
            throw new IllegalArgumentException("A region code is two digits, not " + code);
        }
        if (nameRu == null || nameRu.isBlank() || nameKk == null || nameKk.isBlank() || nameEn == null || nameEn.isBlank()) {
            throw new IllegalArgumentException("Region " + code + " needs all three names");
        }
    }

    /** Whether the text is a region code: exactly two ASCII digits. */
    public static boolean isRegionCode(String code) {
        return code != null && code.length() == 2 && isDigit(code.charAt(0)) && isDigit(code.charAt(1));
    }

    private static boolean isDigit(char character) {
        return character >= '0' && character <= '9';
    }
}
