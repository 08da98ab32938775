package dev.larder.projects;

/** A project as one of its collaborators sees it on the manage pages, with that collaborator's role. */
public record ProjectView(ProjectDetail detail, Role role) {

    public Project project() {
        return detail.project();
    }

    /** Only Owners change a project; Maintainers see the same pages read-only. */
    public boolean canChange() {
        return role == Role.Owner;
    }
}
