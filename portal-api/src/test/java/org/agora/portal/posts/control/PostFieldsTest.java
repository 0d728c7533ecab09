package org.agora.portal.posts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.agora.portal.platform.entity.Problem.FieldError;
import org.junit.jupiter.api.Test;

class PostFieldsTest {

    @Test
    void tagsAreLowerCaseUniqueAndSorted() {
        List<FieldError> errors = new ArrayList<>();
        assertEquals(
                List.of("app", "dark-mode", "rechnung"),
                PostFields.tags(List.of(" App", "rechnung", "dark-mode", "app"), errors));
        assertTrue(errors.isEmpty());
    }

    @Test
    void badTagsAndTooManyAreFieldErrors() {
        List<FieldError> errors = new ArrayList<>();
        PostFields.tags(Arrays.asList("no spaces", null, "-dash-first", "x".repeat(33)), errors);
        assertEquals(4, errors.size());
        errors.clear();
        PostFields.tags(List.of("a", "b", "c", "d", "e", "f"), errors);
        assertEquals(List.of(new FieldError("tags", "at most 5 tags")), errors);
    }
}
