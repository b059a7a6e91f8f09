package org.thywill.archive.format.auth;

import java.time.LocalDateTime;

/**
 * One line of {@code auth/YYYY_MM_auth_approvals.txt} (reference §2.7):
 * {@code ISO|auth_request_id|approver_user_id|action|details}, action {@code approved} or {@code rejected}.
 *
 * @param details free text, written unescaped as the last column (it may contain {@code |}); null when
 *                the file says {@code None}
 */
public record AuthApproval(LocalDateTime createdAt, String authRequestId, String approverUserId, String action,
                           String details) {
}
