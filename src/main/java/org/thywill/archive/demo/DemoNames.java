package org.thywill.archive.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Unique, realistic display names: the shapes real communities have and the original's parser
 * trips on (spaces, apostrophes, dots, {@code " - "}, {@code " at "}, non-ASCII), 2–50 characters.
 */
final class DemoNames {

    private static final List<String> FIRST = List.of("Mary", "Pat", "Joy", "Betty", "Anne", "John", "Grace", "David",
            "Ruth", "Samuel", "Esther", "Mark", "Lydia", "Peter", "Hannah", "James", "Chloe", "Daniel", "Naomi", "Paul",
            "Zoë", "José", "Łukasz", "Chiara", "Søren", "Amélie", "Nguyễn", "Olúwáṣeun");
    private static final List<String> LAST = List.of("Smith", "Price", "Jackson", "Kraus", "Núñez", "Wójcik", "O'Brien",
            "Carter", "Nakamura", "Okafor", "Lindqvist", "Haddad", "Fernández", "Müller");
    private static final List<String> WHOLE = List.of("李明", "김지수", "Анна", "שרה", "محمد");
    private static final List<String> PLAIN = List.of("faith_walker", "hope.rising", "prayer-warrior", "shepherd");

    /** The shapes of {@link #candidate}; the default one (first and last name) is drawn more often. */
    private static final int SHAPES = 8;

    private final Random random;
    private final Set<String> used = new HashSet<>();

    DemoNames(Random random) {
        this.random = random;
    }

    /**
     * The first member is always {@code admin}, as in the original's own communities; the next
     * {@value #SHAPES} take each shape once, so that even a small community has every kind of name.
     */
    String next() {
        if (used.isEmpty()) {
            used.add("admin");
            return "admin";
        }
        int shape = used.size() <= SHAPES ? used.size() - 1 : random.nextInt(SHAPES + 2);
        for (int attempt = 0; ; attempt++) {
            String name = candidate(shape);
            if (attempt > 3) {
                name = name + " " + (used.size() + 1);
            }
            if (name.length() >= 2 && name.length() <= 50 && used.add(name)) {
                return name;
            }
        }
    }

    private String candidate(int shape) {
        String first = pick(FIRST);
        return switch (shape) {
            case 0 -> first + " - " + pick(FIRST);                 // "Anne - Marie"
            case 1 -> first + " at " + pick(List.of("Dawn", "Dusk", "Home", "Rest")); // "Joy at Dawn"
            case 2 -> pick(WHOLE);
            case 3 -> pick(PLAIN) + "_" + (10 + random.nextInt(90));
            case 4 -> first + " " + pick(LAST).charAt(0) + ".";     // "Betty L."
            case 5 -> first;
            case 6 -> "D'" + pick(List.of("Angelo", "Arcy", "Andre")) + " " + pick(LAST);
            default -> first + " " + pick(LAST);
        };
    }

    private String pick(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
