package org.thywill.archive.format.users;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.thywill.archive.format.users.UserAttributesLine.Field;

/**
 * One user's block of {@code users/user_attributes.txt}: its {@code key: value} fields in file order,
 * starting with {@code username}. The typed accessors read the known keys; a value that is present
 * but malformed reads as empty here and is reported by the reader (it never means "unset": B18).
 */
public record UserAttributes(List<Field> fields) {

    public static final String USERNAME = "username";
    public static final String IS_SUPPORTER = "is_supporter";
    public static final String SUPPORTER_SINCE = "supporter_since";
    public static final String SUPPORTER_TYPE = "supporter_type";
    public static final String WELCOME_MESSAGE_DISMISSED = "welcome_message_dismissed";
    public static final Set<String> KNOWN_KEYS =
            Set.of(USERNAME, IS_SUPPORTER, SUPPORTER_SINCE, SUPPORTER_TYPE, WELCOME_MESSAGE_DISMISSED);

    /** Python's {@code sorted()} over display names: code-point order (not Java's UTF-16 order). */
    public static final Comparator<String> CODE_POINT_ORDER = UserAttributes::compareCodePoints;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-M-d", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    public UserAttributes {
        fields = List.copyOf(fields);
        if (fields.isEmpty() || !fields.get(0).key().equals(USERNAME)) {
            throw new IllegalArgumentException("a user attributes block starts with its username field: " + fields);
        }
    }

    /**
     * The block the original's export writes for a user, in its key order. {@code supporterSince} and
     * {@code supporterType} are left out when null (an empty type too, like the original's truthiness test).
     */
    public static UserAttributes of(String username, boolean supporter, LocalDate supporterSince, String supporterType,
                                    boolean welcomeMessageDismissed) {
        List<Field> fields = new ArrayList<>(5);
        fields.add(new Field(USERNAME, username));
        fields.add(new Field(IS_SUPPORTER, Boolean.toString(supporter)));
        if (supporterSince != null) {
            fields.add(new Field(SUPPORTER_SINCE, DateTimeFormatter.ISO_LOCAL_DATE.format(supporterSince)));
        }
        if (supporterType != null && !supporterType.isEmpty()) {
            fields.add(new Field(SUPPORTER_TYPE, supporterType));
        }
        fields.add(new Field(WELCOME_MESSAGE_DISMISSED, Boolean.toString(welcomeMessageDismissed)));
        return new UserAttributes(fields);
    }

    public String username() {
        return fields.get(0).value();
    }

    /** The raw value of the first field named {@code key}. */
    public Optional<String> value(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).map(Field::value).findFirst();
    }

    public Optional<Boolean> supporter() {
        return value(IS_SUPPORTER).flatMap(UserAttributes::parseBoolean);
    }

    /** Empty when the line is absent or not a date; the reader reports the latter. */
    public Optional<LocalDate> supporterSince() {
        return value(SUPPORTER_SINCE).flatMap(UserAttributes::parseDate);
    }

    /** The comma-separated supporter types, verbatim. */
    public Optional<String> supporterType() {
        return value(SUPPORTER_TYPE);
    }

    public Optional<Boolean> welcomeMessageDismissed() {
        return value(WELCOME_MESSAGE_DISMISSED).flatMap(UserAttributes::parseBoolean);
    }

    /** Fields whose key the original does not write; kept so they are written back. */
    public List<Field> unknownFields() {
        return fields.stream().filter(f -> !KNOWN_KEYS.contains(f.key())).toList();
    }

    /** {@code true}/{@code false} in any case, as the original's {@code value.lower() == 'true'} accepts. */
    static Optional<Boolean> parseBoolean(String value) {
        if (value.equalsIgnoreCase("true")) {
            return Optional.of(true);
        }
        if (value.equalsIgnoreCase("false")) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    /** {@code YYYY-MM-DD}, also unpadded, as {@code strptime('%Y-%m-%d')} accepts. */
    static Optional<LocalDate> parseDate(String value) {
        try {
            return Optional.of(LocalDate.parse(value, DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }
}
