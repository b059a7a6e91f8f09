package org.thywill.archive.demo;

import java.util.List;
import java.util.Random;

/**
 * Prayer requests, generated prayers and testimonies with the content real members write: colons,
 * blank lines, indentation, emoji and other scripts, and now and then a line that looks like an
 * archive header — the cases a structural reader must keep as text.
 */
final class DemoTexts {

    private static final List<String> OPENINGS = List.of(
            "Please pray for my mom.", "Requesting prayer for our family.", "Would you all lift up my grandfather?",
            "Pray for me please.", "I'm asking for prayer for Stefan.", "Lifting up Teresa - was just diagnosed.",
            "Please pray for rain for the farmers in our valley.", "Pray for my marriage. We are trying again.",
            "🙏 Please pray for my family in Shanghai 🙏", "Please pray that I would find a church home.");
    private static final List<String> DETAILS = List.of(
            "She is ill.", "He is 82 years old.", "The doctors are not very hopeful but we are.",
            "Appointment is at 10:30 tomorrow morning.", "UPDATE 2: he is out of surgery!",
            "Verse for today: Isaiah 41:10", "Romans 8:28 - all things work together for good.",
            "主啊，求你保守他们。", "하나님 감사합니다 ❤️", "שלום", "Thank you, church family.",
            "Rent is due and we are short.", "She asked me to share this here.");
    /** Lines that look like archive structure; a lossless reader keeps them as request text. */
    private static final List<String> TRICKY = List.of(
            "Prayer for healing by the Lord", "Submitted to God's will, but still asking.",
            "Project: nothing official, just my own words", "Generated Prayer:", "Activity:",
            "June 05 2024 at 09:07 - Pat prayed this prayer", "Category: health", "   indented line  ");
    private static final List<String> PRAYER_OPENINGS = List.of("Heavenly Father,", "Gracious God,", "Lord,",
            "Almighty God,", "Father,");
    private static final List<String> PRAYER_LINES = List.of(
            "Comfort those who mourn, and draw near to the brokenhearted.",
            "Give wisdom for the decisions ahead, and courage to take the next step.",
            "As Your Word says: cast all your anxiety on Him because He cares for you.",
            "Let Your light shine in this darkness - especially at night, when fear is loudest.",
            "We trust You with what we cannot control.");
    private static final List<String> PRAYER_CLOSINGS = List.of("In Your holy name we pray,\nAmen.",
            "We ask this in the name of Jesus.\nAmen.", "Amen and amen. 🙏");
    private static final List<String> TESTIMONIES = List.of("God is good: she is home from the hospital!",
            "Praise God, the scan was clear.", "We found a church home. Thank you all!", "感谢主！一切平安。",
            "He got the job.\nThank you for every prayer.\n\nWe are so grateful.",
            "Update: the biopsy was benign.\nPraise God!", "Answered: she said yes 💍", "Thank you, church family 🙏",
            "Two things:\n  1. the surgery went well\n  2. the insurance paid");
    private static final List<String> TAGS = List.of("healing", "VBS 2024", "Church Roof Fund", "grief & loss",
            "Prayer Chain", "missions");

    private final Random random;

    DemoTexts(Random random) {
        this.random = random;
    }

    String request() {
        StringBuilder sb = new StringBuilder(pick(OPENINGS));
        int lines = random.nextInt(4);
        for (int i = 0; i < lines; i++) {
            sb.append(random.nextInt(5) == 0 ? "\n\n" : "\n").append(pick(DETAILS));
        }
        if (random.nextInt(40) == 0) {
            sb.append('\n').append(pick(TRICKY));
        }
        return sb.toString();
    }

    String generatedPrayer() {
        StringBuilder sb = new StringBuilder(pick(PRAYER_OPENINGS)).append("\n\n").append(pick(PRAYER_LINES));
        if (random.nextBoolean()) {
            sb.append("\n\n").append(pick(PRAYER_LINES));
        }
        return sb.append("\n\n").append(pick(PRAYER_CLOSINGS)).toString();
    }

    String testimony() {
        return pick(TESTIMONIES);
    }

    /** A project tag for about one prayer in eight, else null. */
    String projectTag() {
        return random.nextInt(8) == 0 ? pick(TAGS) : null;
    }

    private String pick(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
