package dev.larder.projects.http;

import dev.larder.projects.ProjectException;
import dev.larder.web.ui.PageException;
import java.util.function.Supplier;

/** Turns the facade's refusals into error pages, for the calls a page cannot show next to a form. */
final class ProjectRefusals {
    private ProjectRefusals() {}

    static <T> T orRefuse(Supplier<T> call) {
        try {
            return call.get();
        } catch (ProjectException e) {
            throw PageException.refused(e.status(), e.getMessage());
        }
    }

    /** Not-found and not-allowed end the request; other refusals are shown next to the form. */
    static void unlessFormError(ProjectException e) {
        if (e.status() == 403 || e.status() == 404) {
            throw PageException.refused(e.status(), e.getMessage());
        }
    }

    static String path(String project, String page) {
        return "/manage/project/" + project + "/" + page;
    }
}
