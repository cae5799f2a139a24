package kz.egmis.demo.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The three CSV exports: the old polyclinic system's services (windows-1251, commas, Russian headers, CRLF, sums
 * with a decimal comma quoted as RFC 4180 asks, or a dot), the attachment register and the civil registry.
 */
final class LegacyCsv {

    private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private LegacyCsv() {
    }

    static void write(GeneratedRegion region, Path folder, List<Delivery> deliveries) {
        try (DeliveryWriter writer = SourceFiles.csvWriter(folder, "polyclinic-1c-services", Facilities.LEGACY_SYSTEM,
                "legacy-services", "ИИН,БИН,Дата,Код услуги,Кол-во,Сумма,ИИН врача,МКБ-10,Номер записи",
                SourceFiles.legacyCharset(), "\r\n", 3_000, deliveries)) {
            for (Claim claim : region.claims()) {
                if (claim.legacy()) {
                    writer.write(row(claim));
                }
            }
        }
        try (DeliveryWriter writer = SourceFiles.csvWriter(folder, "rpn-attachments", Facilities.ATTACHMENT_REGISTER,
                "attachment-registry", "iin;bin;attached_from;attached_to", UTF_8, "\n", 10_000, deliveries)) {
            for (Attachment attachment : region.attachments()) {
                if (attachment.episodeId() == null) {
                    writer.write(attachment.person().iin() + ";" + attachment.facility().bin() + ";" + attachment.start()
                            + ";" + (attachment.end() == null ? "" : attachment.end()));
                }
            }
        }
        try (DeliveryWriter writer = SourceFiles.csvWriter(folder, "zags-deaths", Facilities.CIVIL_REGISTRY,
                "death-registry", "iin;death_date;record_no", UTF_8, "\n", 2_000, deliveries)) {
            for (Person person : region.people()) {
                if (person.deathDay() != null) {
                    writer.write(person.iin() + ";" + person.deathDay() + ";АЗ-" + person.deathDay().getYear() + "-"
                            + String.format("%07d", person.number()));
                }
            }
        }
    }

    private static String row(Claim claim) {
        Claim.Item item = claim.items().get(0);
        String sum = item.net().setScale(2).toPlainString();
        // the old system writes a decimal comma on some workstations and a dot on others
        String amount = claim.id().hashCode() % 2 == 0 ? "\"" + sum.replace('.', ',') + "\"" : sum;
        return claim.patient().iin() + "," + claim.provider().bin() + "," + RUSSIAN_DATE.format(item.day()) + ","
                + item.service().code() + "," + item.quantity() + "," + amount + "," + claim.careTeam().get(0).iin() + ","
                + claim.diagnosis() + "," + claim.id();
    }
}
