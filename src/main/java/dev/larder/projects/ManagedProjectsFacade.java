package dev.larder.projects;

import dev.larder.accounts.AccountsFacade;
import dev.larder.accounts.SecurityLog;
import dev.larder.accounts.User;
import dev.larder.packaging.ProjectName;
import java.util.List;
import java.util.Optional;

/**
 * What a signed-in user does to projects on the manage pages: the use cases of
 * {@link ProjectsFacade}, allowed only to the project's Owners (Maintainers may look, not change),
 * with collaborator changes and deletions recorded in the security log.
 */
public final class ManagedProjectsFacade {
    private final ProjectRepository repository;
    private final ProjectsFacade projects;
    private final AccountsFacade accounts;
    private final SecurityLog log;

    public ManagedProjectsFacade(ProjectRepository repository, ProjectsFacade projects, AccountsFacade accounts, SecurityLog log) {
        this.repository = repository;
        this.projects = projects;
        this.accounts = accounts;
        this.log = log;
    }

    public List<UserProject> projectsOf(User user) {
        return repository.projectsOfUser(user.id());
    }

    /** The project for one of its Owners or Maintainers; 404 when there is none, 403 for anyone else. */
    public ProjectView view(User user, String name) {
        ProjectDetail detail = repository.detail(ProjectName.normalize(name))
                .orElseThrow(() -> new ProjectException(404, "There is no project named '" + name + "'."));
        Role role = detail.roles().stream().filter(r -> r.userId() == user.id()).map(ProjectRole::role).findFirst()
                .orElseThrow(() -> new ProjectException(403, "You are not a collaborator of '" + detail.project().name()
                        + "', so you cannot manage it."));
        return new ProjectView(detail, role);
    }

    /** The project for one of its Owners; Maintainers and others are refused. */
    public ProjectView change(User user, String name) {
        ProjectView view = view(user, name);
        if (!view.canChange()) {
            throw new ProjectException(403, "Only Owners of '" + view.project().name() + "' can change it; you are a "
                    + view.role() + ". Ask an Owner to do this or to make you an Owner.");
        }
        return view;
    }

    public void yank(ActingUser by, String project, String version, String reason) {
        projects.yank(change(by.user(), project).project().name(), version, reason == null ? "" : reason.strip(), by.user().name());
    }

    public void unyank(ActingUser by, String project, String version) {
        projects.unyank(change(by.user(), project).project().name(), version, by.user().name());
    }

    public void deleteFile(ActingUser by, String project, String filename) {
        projects.deleteFile(change(by.user(), project).project().name(), filename, by.user().name());
    }

    public void deleteRelease(ActingUser by, String project, String version) {
        projects.deleteRelease(change(by.user(), project).project().name(), version, by.user().name());
    }

    /** Deletes the project with all its files, once the Owner has typed its name. */
    public void deleteProject(ActingUser by, String project, String typedName) {
        Project p = change(by.user(), project).project();
        if (typedName == null || !typedName.strip().equals(p.name())) {
            throw new ProjectException(400, "To delete the project, type its name exactly as shown: " + p.name());
        }
        projects.deleteProject(p.name(), by.user().name());
        log.project(p.name(), "project:deleted", by.user().name(), "Deleted the project " + p.name() + " and all its files",
                by.address());
    }

    public void addCollaborator(ActingUser by, String project, String userName, String roleText) {
        ProjectView view = change(by.user(), project);
        User target = user(userName);
        Role role = role(roleText);
        Optional<Role> existing = roleIn(view, target);
        if (existing.isPresent()) {
            throw new ProjectException(409, target.name() + " is already a " + existing.get() + " of " + view.project().name()
                    + "; change their role in the list of collaborators instead.");
        }
        repository.setRole(view.project().id(), target.id(), role, by.user().name());
        log.project(view.project().name(), "collaborator:added", by.user().name(),
                "Added " + target.name() + " as " + role, by.address());
    }

    public void changeRole(ActingUser by, String project, String userName, String roleText) {
        ProjectView view = change(by.user(), project);
        User target = user(userName);
        Role role = role(roleText);
        Role before = roleIn(view, target).orElseThrow(() -> notCollaborator(view, target));
        if (before == role) {
            return;
        }
        keepAnOwner(repository.changeRoleKeepingAnOwner(view.project().id(), target.id(), Optional.of(role), by.user().name()),
                "make " + target.name() + " a " + role);
        log.project(view.project().name(), "collaborator:role-changed", by.user().name(),
                "Changed " + target.name() + " from " + before + " to " + role, by.address());
    }

    public void removeCollaborator(ActingUser by, String project, String userName) {
        ProjectView view = change(by.user(), project);
        User target = user(userName);
        Role before = roleIn(view, target).orElseThrow(() -> notCollaborator(view, target));
        keepAnOwner(repository.changeRoleKeepingAnOwner(view.project().id(), target.id(), Optional.empty(), by.user().name()),
                "remove " + target.name());
        log.project(view.project().name(), "collaborator:removed", by.user().name(),
                "Removed " + target.name() + " (" + before + ")", by.address());
    }

    /** The journal (uploads, yanks, deletes) and the security events of the project, newest first. */
    public List<HistoryEntry> history(User user, String project, int limit) {
        ProjectView view = view(user, project);
        return ProjectHistory.merge(repository.journal(view.project().normalizedName(), limit),
                log.ofProject(view.project().normalizedName(), limit), limit);
    }

    /** A project without Owners could never be managed again, so its last Owner stays one. */
    private static void keepAnOwner(boolean changed, String what) {
        if (!changed) {
            throw new ProjectException(409, "You cannot " + what + ": a project needs at least one Owner. "
                    + "Make someone else an Owner first.");
        }
    }

    private User user(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new ProjectException(400, "Enter the user name of the person to add.");
        }
        return accounts.byName(n).filter(u -> !u.disabled())
                .orElseThrow(() -> new ProjectException(400, "There is no user named '" + n + "' on this index."));
    }

    private static Role role(String text) {
        for (Role r : Role.values()) {
            if (r.name().equals(text)) {
                return r;
            }
        }
        throw new ProjectException(400, "Choose the role Owner or Maintainer.");
    }

    private static Optional<Role> roleIn(ProjectView view, User user) {
        return view.detail().roles().stream().filter(r -> r.userId() == user.id()).map(ProjectRole::role).findFirst();
    }

    private static ProjectException notCollaborator(ProjectView view, User user) {
        return new ProjectException(404, user.name() + " is not a collaborator of " + view.project().name() + ".");
    }
}
