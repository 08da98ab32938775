package dev.larder.trust.http;

import dev.larder.trust.ManagementFacade;
import dev.larder.trust.TrustException;
import dev.larder.web.ui.PageException;
import dev.larder.web.ui.Pages;
import dev.larder.web.ui.WebRequest;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A publisher form's fields as the management facade takes them: the same names as the JSON API. */
final class PublisherFormInput {
    private PublisherFormInput() {}

    /** Re-renders the publisher page with status 400, the form that was sent, its error and the typed values. */
    interface ErrorPage {
        void render(int status, String section, String error, Map<String, String> values);
    }

    /** A use case taking the form's input. */
    interface Action {
        void run(Map<String, Object> input);
    }

    /**
     * Sends the form's input to the use case. A refusal (no right to the project, no such project)
     * ends the page; any other error shows the form again with what was typed.
     *
     * @return whether it worked (the caller then redirects)
     */
    static boolean submit(Context ctx, List<PublisherFormSection> sections, Action action, ErrorPage errors) {
        Map<String, Object> input = of(ctx);
        try {
            action.run(input);
            return true;
        } catch (TrustException e) {
            if (e.status() == 403 || e.status() == 404) {
                throw PageException.refused(e.status(), e.getMessage());
            }
            errors.render(400, section(input, sections), e.getMessage(), values(input));
            return false;
        }
    }

    /** The signed-in user as the management facade's caller, with full user rights. */
    static ManagementFacade.Caller caller(WebRequest web) {
        return ManagementFacade.Caller.signedIn(web.requireUser(), Optional.of(web.address()));
    }

    static Map<String, Object> of(Context ctx) {
        Map<String, Object> input = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : ctx.formParamMap().entrySet()) {
            if (!e.getKey().equals(Pages.CSRF_FIELD) && !e.getValue().isEmpty()) {
                input.put(e.getKey(), e.getValue().get(0));
            }
        }
        return input;
    }

    /** The typed values, to show again next to the form's error. */
    static Map<String, String> values(Map<String, Object> input) {
        Map<String, String> out = new LinkedHashMap<>();
        input.forEach((k, v) -> out.put(k, String.valueOf(v)));
        return out;
    }

    /** Which form was sent: the issuer type of the issuer it names, or "" when it names none. */
    static String section(Map<String, Object> input, List<PublisherFormSection> sections) {
        Object issuer = input.get("issuer");
        return sections.stream().filter(s -> s.issuers().stream().anyMatch(i -> i.name().equals(issuer)))
                .map(PublisherFormSection::id).findFirst().orElse("");
    }
}
