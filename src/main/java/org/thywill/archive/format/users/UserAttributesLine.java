package org.thywill.archive.format.users;

import java.util.Objects;

/**
 * One line of {@code users/user_attributes.txt}: the {@link Title}, a {@link Blank}, a {@link Field}
 * ({@code key: value}), or an {@link Unrecognised} line the reader reported and kept.
 */
public sealed interface UserAttributesLine {

    /** The line exactly as it stands in the file, without its {@code \n}. */
    String text();

    /** {@code User Attributes} (line 1). */
    record Title() implements UserAttributesLine {
        public static final String TEXT = "User Attributes";

        @Override
        public String text() {
            return TEXT;
        }
    }

    record Blank() implements UserAttributesLine {
        @Override
        public String text() {
            return "";
        }
    }

    /**
     * {@code <key>: <value>}. The value is everything after the first {@code ": "}, verbatim (leading and
     * trailing spaces included), so the line reads back exactly. A key is non-empty, has no {@code :}
     * and no surrounding whitespace; neither part can hold a line break.
     */
    record Field(String key, String value) implements UserAttributesLine {
        public Field {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
            if (key.isEmpty() || key.indexOf(':') >= 0 || !key.strip().equals(key) || hasLineBreak(key)) {
                throw new IllegalArgumentException("not a user attribute key: '" + key + "'");
            }
            if (hasLineBreak(value)) {
                throw new IllegalArgumentException("a user attribute value cannot hold a line break: " + key + " = " + value);
            }
        }

        @Override
        public String text() {
            return key + ": " + value;
        }

        private static boolean hasLineBreak(String s) {
            return s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        }
    }

    record Unrecognised(String text) implements UserAttributesLine {
        public Unrecognised {
            Objects.requireNonNull(text, "text");
        }
    }
}
