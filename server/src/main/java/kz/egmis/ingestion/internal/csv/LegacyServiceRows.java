package kz.egmis.ingestion.internal.csv;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import kz.egmis.identity.Bin;
import kz.egmis.identity.Iin;
import kz.egmis.ingestion.domain.ClaimRecord;
import kz.egmis.ingestion.domain.ClaimRecord.CareTeamMember;
import kz.egmis.ingestion.domain.ClaimRecord.ClaimItem;
import kz.egmis.ingestion.domain.Conversion;
import kz.egmis.ingestion.domain.RecordKey;
import kz.egmis.ingestion.domain.Reference;
import kz.egmis.ingestion.domain.ValidationIssue;
import kz.egmis.platform.SourceSystem;
import kz.egmis.reference.ReferenceCatalog;

/**
 * {@code ИИН,БИН,Дата,Код услуги,Кол-во,Сумма,ИИН врача,МКБ-10,Номер записи}: one billed outpatient service,
 * a professional claim of one item by one doctor, identified by {@code Номер записи}.
 */
final class LegacyServiceRows implements RowConverter {

    private static final Pattern ICD_10 = Pattern.compile("[A-Z]\\d{2}(\\.[A-Z0-9]{1,4})?");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final int MONEY_SCALE = 2;
    // The row is a claim like any FHIR Claim of the source: a later row with the same number is its new version.
    private static final String RECORD_TYPE = "Claim";

    private final SourceSystem source;
    private final ReferenceCatalog catalog;
    private final Clock clock;

    LegacyServiceRows(SourceSystem source, ReferenceCatalog catalog, Clock clock) {
        this.source = source;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Override
    public Conversion convert(CsvFields fields, String rawContent) {
        RowChecks checks = new RowChecks(clock);
        Iin patient = checks.iin("ИИН", fields.get("ИИН"), "the patient");
        Bin provider = checks.bin("БИН", fields.get("БИН"), "the organization that provided the service");
        LocalDate day = checks.russianDate("Дата", fields.get("Дата"));
        if (day != null) {
            checks.notInFuture("Дата", day);
        }
        String service = serviceCode(checks, fields.get("Код услуги"));
        BigDecimal quantity = quantity(checks, fields.get("Кол-во"));
        BigDecimal amount = amount(checks, fields.get("Сумма"));
        Iin doctor = checks.iin("ИИН врача", fields.get("ИИН врача"), "the doctor who provided the service");
        String diagnosis = diagnosis(checks, fields.get("МКБ-10"));
        String recordNumber = checks.recordNumber("Номер записи", fields.get("Номер записи"));
        if (!checks.passed()) {
            return Conversion.rejected(checks.issues());
        }
        BigDecimal unitPrice = amount.divide(quantity, MONEY_SCALE, RoundingMode.HALF_UP);
        if (ClaimRecord.integerDigits(unitPrice) > ClaimRecord.AMOUNT_INTEGER_DIGITS) {
            return Conversion.rejected(List.of(ValidationIssue.value("Сумма", "'" + amount.toPlainString()
                    + "' for " + quantity.toPlainString() + " units is a unit price of more than "
                    + ClaimRecord.AMOUNT_INTEGER_DIGITS + " digits before the decimal mark: check the amount and the"
                    + " quantity")));
        }
        ClaimItem item = new ClaimItem(1, service, day, day, quantity, unitPrice, amount, List.of(), List.of());
        ClaimRecord claim = new ClaimRecord(new RecordKey(source, RECORD_TYPE, recordNumber),
                ClaimRecord.FROM_LEGACY_SERVICES, "active", "professional", Reference.person("Patient", patient),
                Reference.organization(provider), null, day, diagnosis, amount,
                List.of(new CareTeamMember(1, Reference.person("Practitioner", doctor))), List.of(item));
        String canonical = new CanonicalContent(CsvFormat.LEGACY_SERVICES)
                .add("iin", patient).add("bin", provider).add("date", day).add("service", service)
                .add("quantity", quantity.toPlainString()).add("amount", amount.toPlainString())
                .add("doctor", doctor).add("icd10", diagnosis).add("record", recordNumber).toString();
        return Conversion.accepted(claim, canonical, rawContent);
    }

    private String serviceCode(RowChecks checks, String code) {
        if (code.isEmpty()) {
            checks.add(ValidationIssue.required("Код услуги", "is empty: send the service's code from the national"
                    + " service catalog, e.g. AMB001"));
            return null;
        }
        if (!catalog.isKnownService(code)) {
            checks.add(ValidationIssue.unknownCode("Код услуги", "'" + RowChecks.shown(code) + "' is not in the"
                    + " national service catalog: send a code from it, e.g. AMB001"));
            return null;
        }
        return code;
    }

    /** More than 0; written without trailing zeros, so 1, 1.0 and 1,00 are one quantity. */
    private static BigDecimal quantity(RowChecks checks, String text) {
        BigDecimal quantity = DecimalText.parse(text);
        if (quantity == null) {
            checks.add(issue("Кол-во", text, DecimalText.problem(text)));
            return null;
        }
        if (quantity.signum() == 0) {
            checks.add(ValidationIssue.value("Кол-во", "'" + text + "' is zero: send the number of units"
                    + " provided, more than 0"));
            return null;
        }
        if (ClaimRecord.integerDigits(quantity) > ClaimRecord.QUANTITY_INTEGER_DIGITS) {
            checks.add(ValidationIssue.value("Кол-во", "'" + text + "' has more than "
                    + ClaimRecord.QUANTITY_INTEGER_DIGITS + " digits before the decimal mark: check the value"));
            return null;
        }
        BigDecimal plain = quantity.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }

    /** 0 or more, in KZT with two decimals, so 7400, 7400,0 and 7400.00 are one amount. */
    private static BigDecimal amount(RowChecks checks, String text) {
        BigDecimal amount = DecimalText.parse(text);
        if (amount == null) {
            checks.add(issue("Сумма", text, DecimalText.problem(text)));
            return null;
        }
        if (ClaimRecord.integerDigits(amount) > ClaimRecord.AMOUNT_INTEGER_DIGITS) {
            checks.add(ValidationIssue.value("Сумма", "'" + text + "' has more than "
                    + ClaimRecord.AMOUNT_INTEGER_DIGITS + " digits before the decimal mark: check the value"));
            return null;
        }
        return amount.setScale(MONEY_SCALE);
    }

    /** Optional; a code in lower case is taken in upper case, as ICD-10 writes it. */
    private static String diagnosis(RowChecks checks, String text) {
        if (text.isEmpty()) {
            return null;
        }
        String code = text.toUpperCase(Locale.ROOT);
        if (ICD_10.matcher(code).matches()) {
            return code;
        }
        String why = CYRILLIC.matcher(code).find()
                ? " has a Cyrillic letter: write ICD-10 codes with Latin letters, e.g. J06.9"
                : " is not an ICD-10 code: send a Latin letter, two digits and optionally a dot and up to 4 more"
                        + " letters or digits, e.g. J06.9, or leave it empty";
        checks.add(ValidationIssue.value("МКБ-10", "'" + RowChecks.shown(text) + "'" + why));
        return null;
    }

    private static ValidationIssue issue(String column, String text, String message) {
        return text.isEmpty() ? ValidationIssue.required(column, message) : ValidationIssue.value(column, message);
    }
}
