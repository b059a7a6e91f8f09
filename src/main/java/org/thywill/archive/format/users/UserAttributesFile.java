package org.thywill.archive.format.users;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.thywill.archive.format.users.UserAttributesLine.Field;

/**
 * {@code users/user_attributes.txt} (reference §2.5), line by line in file order.
 *
 * @param lines           every line, in order
 * @param endsWithNewline whether the text ends with {@code \n} (the original's file always does)
 */
public record UserAttributesFile(List<UserAttributesLine> lines, boolean endsWithNewline) {

    public UserAttributesFile {
        lines = List.copyOf(lines);
    }

    /**
     * The file the original's export writes: {@code User Attributes}, a blank line, then each user's
     * block followed by a blank line, blocks sorted by username in code-point order. Like the original,
     * a username given twice keeps its last block.
     */
    public static UserAttributesFile of(Collection<UserAttributes> users) {
        Map<String, UserAttributes> byName = new LinkedHashMap<>();
        for (UserAttributes u : users) {
            byName.put(u.username(), u);
        }
        List<UserAttributes> sorted = new ArrayList<>(byName.values());
        sorted.sort((a, b) -> UserAttributes.CODE_POINT_ORDER.compare(a.username(), b.username()));
        List<UserAttributesLine> lines = new ArrayList<>();
        lines.add(new UserAttributesLine.Title());
        lines.add(new UserAttributesLine.Blank());
        for (UserAttributes u : sorted) {
            lines.addAll(u.fields());
            lines.add(new UserAttributesLine.Blank());
        }
        return new UserAttributesFile(lines, true);
    }

    /**
     * The users' blocks in file order. As in the original's parser, a {@code username} field starts a
     * block and every later field belongs to it until the next {@code username}; blank and unrecognised
     * lines do not end a block. Fields before the first {@code username} belong to no block (the reader
     * reports them). A username that appears twice gives two blocks.
     */
    public List<UserAttributes> users() {
        List<UserAttributes> users = new ArrayList<>();
        List<Field> current = null;
        for (UserAttributesLine line : lines) {
            if (line instanceof Field f) {
                if (f.key().equals(UserAttributes.USERNAME)) {
                    if (current != null) {
                        users.add(new UserAttributes(current));
                    }
                    current = new ArrayList<>();
                }
                if (current != null) {
                    current.add(f);
                }
            }
        }
        if (current != null) {
            users.add(new UserAttributes(current));
        }
        return users;
    }
}
