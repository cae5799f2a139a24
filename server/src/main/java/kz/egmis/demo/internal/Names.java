package kz.egmis.demo.internal;

import java.util.SplittableRandom;

import kz.egmis.identity.Sex;

/** Kazakh and Russian names in Cyrillic, in the proportions of a Kazakh region (about two Kazakh names in three). */
final class Names {

    record FullName(String family, String given, String patronymic) {
    }

    private static final String[] KAZAKH_MALE = {"Ерлан", "Нурлан", "Асхат", "Бауыржан", "Даурен", "Ержан", "Канат",
        "Марат", "Серик", "Тимур", "Айдос", "Арман", "Жандос", "Ануар", "Дархан", "Алихан", "Мирас", "Санжар", "Ербол",
        "Максат", "Нуржан", "Талгат", "Азамат", "Болат"};
    private static final String[] KAZAKH_FEMALE = {"Айгерим", "Гульнара", "Динара", "Жанар", "Асель", "Айжан", "Мадина",
        "Сауле", "Алия", "Карлыгаш", "Камила", "Аружан", "Томирис", "Жулдыз", "Салтанат", "Меруерт", "Гаухар", "Дана",
        "Акмарал", "Ботагоз"};
    private static final String[] KAZAKH_FAMILY = {"Жумабаев", "Нурланов", "Абенов", "Ахметов", "Касымов", "Омаров",
        "Искаков", "Сулейменов", "Тулегенов", "Бекмухамбетов", "Жаксылыков", "Утегенов", "Ермеков", "Кенжебеков",
        "Байжанов", "Мукашев", "Садыков", "Толеуов", "Шарипов", "Есенов", "Амангельдиев", "Рахимов"};
    private static final String[] RUSSIAN_MALE = {"Александр", "Сергей", "Дмитрий", "Андрей", "Алексей", "Владимир",
        "Николай", "Иван", "Михаил", "Евгений", "Виктор", "Юрий"};
    private static final String[] RUSSIAN_MALE_PATRONYMIC_MALE = {"Александрович", "Сергеевич", "Дмитриевич",
        "Андреевич", "Алексеевич", "Владимирович", "Николаевич", "Иванович", "Михайлович", "Евгеньевич", "Викторович",
        "Юрьевич"};
    private static final String[] RUSSIAN_MALE_PATRONYMIC_FEMALE = {"Александровна", "Сергеевна", "Дмитриевна",
        "Андреевна", "Алексеевна", "Владимировна", "Николаевна", "Ивановна", "Михайловна", "Евгеньевна", "Викторовна",
        "Юрьевна"};
    private static final String[] RUSSIAN_FEMALE = {"Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана", "Анна",
        "Мария", "Юлия", "Екатерина", "Людмила", "Галина"};
    private static final String[] RUSSIAN_FAMILY = {"Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Васильев",
        "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Павлов", "Семёнов"};

    private Names() {
    }

    static FullName random(SplittableRandom random, Sex sex) {
        boolean female = sex == Sex.FEMALE;
        if (random.nextInt(3) < 2) {
            String family = pick(random, KAZAKH_FAMILY) + (female ? "а" : "");
            String given = pick(random, female ? KAZAKH_FEMALE : KAZAKH_MALE);
            String father = pick(random, KAZAKH_MALE);
            return new FullName(family, given, father + (female ? "овна" : "ович"));
        }
        String family = pick(random, RUSSIAN_FAMILY) + (female ? "а" : "");
        String given = pick(random, female ? RUSSIAN_FEMALE : RUSSIAN_MALE);
        int father = random.nextInt(RUSSIAN_MALE.length);
        return new FullName(family, given, female ? RUSSIAN_MALE_PATRONYMIC_FEMALE[father] : RUSSIAN_MALE_PATRONYMIC_MALE[father]);
    }

    private static String pick(SplittableRandom random, String[] names) {
        return names[random.nextInt(names.length)];
    }
}
