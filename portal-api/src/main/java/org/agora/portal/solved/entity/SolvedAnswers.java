package org.agora.portal.solved.entity;

import java.util.List;
import org.agora.portal.posts.entity.PostView.Solved;

/** The answers to "did this solve it?" of one idea: the counts, and the answers (staff) or one's own. */
public record SolvedAnswers(long postId, Solved counts, List<SolvedAnswerView> answers) {}
