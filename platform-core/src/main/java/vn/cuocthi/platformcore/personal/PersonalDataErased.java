package vn.cuocthi.platformcore.personal;

import java.util.UUID;

/**
 * A registration's personal data was erased (on request or by retention), in the current province: whoever still
 * holds one of its tokens must be signed out on every node (quiz-runtime's sessions listen), after the commit.
 */
public record PersonalDataErased(UUID contestantId) {
}
