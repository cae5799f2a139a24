package kz.egmis.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import kz.egmis.identity.Iin;
import kz.egmis.identity.PersonName;
import kz.egmis.identity.PersonRecord;
import kz.egmis.identity.Sex;

/**
 * A labelled set of person records for the identity bench: people (two in three with Kazakh names, Cyrillic with
 * Kazakh letters) seen by one to four systems, each writing the name its own way ({@link PersonSpellings}), with
 * typing errors, dropped patronymics, Latin names in "Given Family" order, birth date typos, missing sex or region.
 * Three people in four have an IIN, which a record carries three times in four; one record in 200 carries the IIN
 * of a relative (borrowed). {@code human} is the truth.
 */
final class SyntheticPeople {

    /** {@code iinHolder}: the person the record's IIN was issued to (the standard links the record there). */
    record Labelled(PersonRecord record, String nameText, int human, boolean borrowedIin, int iinHolder) {
    }

    private static final String[] KAZAKH_MALE = {"Ерлан", "Нұрлан", "Асхат", "Бауыржан", "Дәурен", "Ержан", "Қанат",
        "Марат", "Серік", "Тимур", "Айдос", "Арман", "Жандос", "Әнуар", "Дархан", "Әлихан", "Мирас", "Санжар", "Ербол",
        "Мақсат", "Нұржан", "Талғат", "Азамат", "Болат", "Қайрат", "Ғалым", "Өмірбек", "Төлеген", "Ілияс", "Бекзат",
        "Дидар", "Жасұлан", "Нұрсұлтан", "Алмас", "Ринат", "Мұрат", "Абылай", "Еркебұлан", "Самат", "Ғани"};
    private static final String[] KAZAKH_FEMALE = {"Айгерім", "Гүлнара", "Динара", "Жанар", "Әсел", "Айжан", "Мадина",
        "Сәуле", "Әлия", "Қарлығаш", "Камила", "Аружан", "Томирис", "Жұлдыз", "Салтанат", "Меруерт", "Гауһар", "Дана",
        "Ақмарал", "Бота", "Ләззат", "Гүлмира", "Айым", "Назерке", "Інкәр", "Шынар", "Балжан", "Ұлжан", "Нұргүл", "Арай"};
    private static final String[] KAZAKH_FAMILY = {"Жұмабаев", "Нұрланов", "Әбенов", "Ахметов", "Қасымов", "Омаров",
        "Ысқақов", "Сүлейменов", "Төлегенов", "Бекмұхамбетов", "Жақсылықов", "Өтегенов", "Ермеков", "Кенжебеков",
        "Байжанов", "Мұқашев", "Садықов", "Төлеуов", "Шәріпов", "Есенов", "Амангелдиев", "Рахимов", "Серікбаев",
        "Оспанов", "Тоқтаров", "Қалиев", "Әлиев", "Мырзахметов", "Жанұзақов", "Смағұлов", "Ибраев", "Мусин",
        "Нұрпейісов", "Бейсенов", "Дүйсенов", "Құдайбергенов", "Әубәкіров", "Тұрсынов", "Ерғалиев", "Сейітқалиев"};
    private static final String[] RUSSIAN_MALE = {"Александр", "Сергей", "Дмитрий", "Андрей", "Алексей", "Владимир",
        "Николай", "Иван", "Михаил", "Евгений", "Виктор", "Юрий", "Олег", "Павел", "Константин", "Игорь", "Роман"};
    private static final String[] RUSSIAN_FEMALE = {"Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана", "Анна",
        "Мария", "Юлия", "Екатерина", "Людмила", "Галина", "Оксана", "Валентина", "Ксения", "Вера"};
    private static final String[] RUSSIAN_FAMILY = {"Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Васильев",
        "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Павлов", "Семёнов", "Ильин", "Жуков",
        "Щербаков", "Захаров", "Богданов", "Никитин", "Королёв", "Гусев", "Титов", "Комаров"};
    private static final String[] REGIONS = {"10", "19", "33", "71", "75", "79"};

    private SyntheticPeople() {
    }

    static List<Labelled> generate(int records, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Labelled> labelled = new ArrayList<>(records);
        List<Iin> issued = new ArrayList<>();
        List<Integer> holders = new ArrayList<>();
        for (int human = 0; labelled.size() < records; human++) {
            Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
            LocalDate born = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(30_000));
            boolean kazakh = random.nextInt(3) < 2;
            String[] name = name(random, sex, kazakh);
            Iin iin = random.nextInt(4) < 3 ? Iin.of(born, sex, human % 10_000) : null;
            String region = REGIONS[random.nextInt(REGIONS.length)];
            int seen = 1 + random.nextInt(4);
            for (int copy = 0; copy < seen && labelled.size() < records; copy++) {
                boolean borrowed = !issued.isEmpty() && random.nextInt(200) == 0;
                int lender = borrowed ? random.nextInt(issued.size()) : -1;
                Iin carried = borrowed ? issued.get(lender)
                        : iin != null && random.nextInt(4) < 3 ? iin : null;
                String text = written(name, random);
                LocalDate birthDate = random.nextInt(100) < 3 ? typo(born, random) : born;
                Sex recordSex = random.nextInt(20) == 0 ? null : sex;
                String recordRegion = random.nextInt(5) == 0 ? null : random.nextInt(10) == 0
                        ? REGIONS[random.nextInt(REGIONS.length)] : region;
                if (carried != null) { // a record with an IIN agrees with it: ingestion refuses one that does not
                    birthDate = carried.birthDate();
                    recordSex = carried.sex();
                }
                PersonRecord record = new PersonRecord("s" + random.nextInt(30) + "/Patient/" + labelled.size(),
                        carried, PersonName.parse(text), recordSex, birthDate, recordRegion);
                labelled.add(new Labelled(record, text, human, borrowed, borrowed ? holders.get(lender) : human));
            }
            if (iin != null) {
                issued.add(iin);
                holders.add(human);
            }
        }
        return labelled;
    }

    private static String[] name(SplittableRandom random, Sex sex, boolean kazakh) {
        boolean female = sex == Sex.FEMALE;
        String[] family = kazakh ? KAZAKH_FAMILY : RUSSIAN_FAMILY;
        String[] given = kazakh ? (female ? KAZAKH_FEMALE : KAZAKH_MALE) : (female ? RUSSIAN_FEMALE : RUSSIAN_MALE);
        String father = kazakh ? KAZAKH_MALE[random.nextInt(KAZAKH_MALE.length)]
                : RUSSIAN_MALE[random.nextInt(RUSSIAN_MALE.length)];
        String surname = family[random.nextInt(family.length)] + (female ? "а" : "");
        String patronymic = father.replaceAll("й$", "") + (female ? "овна" : "ович");
        return new String[] {surname, given[random.nextInt(given.length)], patronymic};
    }

    private static String written(String[] name, SplittableRandom random) {
        String surname = PersonSpellings.spell(name[0], random);
        String given = PersonSpellings.spell(name[1], random);
        if (random.nextInt(10) == 0) {
            if (random.nextBoolean()) {
                surname = PersonSpellings.typo(surname, random);
            } else {
                given = PersonSpellings.typo(given, random);
            }
        }
        boolean latin = surname.chars().allMatch(letter -> letter < 0x400);
        if (latin && random.nextInt(3) == 0) {
            return given + " " + surname;
        }
        return random.nextInt(10) < 6 ? surname + " " + given + " " + PersonSpellings.spell(name[2], random)
                : surname + " " + given;
    }

    private static LocalDate typo(LocalDate born, SplittableRandom random) {
        if (random.nextBoolean() && born.getDayOfMonth() <= 12) {
            return LocalDate.of(born.getYear(), born.getDayOfMonth(), Math.min(born.getMonthValue(), 28));
        }
        return born.getDayOfMonth() < 28 ? born.plusDays(1) : born.minusDays(1);
    }
}
