package dev.larder.projects;

import dev.larder.packaging.ProjectName;
import dev.larder.packaging.Version;
import dev.larder.storage.BlobStore;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Managing what has been published: yank and un-yank releases (PEP 592), delete files, releases
 * and projects, and change who may manage a project. Deleted filenames stay registered, so they
 * can never be uploaded again with other bytes.
 */
public final class ProjectsFacade {
    private static final Logger LOG = LoggerFactory.getLogger(ProjectsFacade.class);

    private final ProjectRepository projects;
    private final BlobStore blobs;

    public ProjectsFacade(ProjectRepository projects, BlobStore blobs) {
        this.projects = projects;
        this.blobs = blobs;
    }

    public Project require(String name) {
        return projects.byNormalizedName(ProjectName.normalize(name))
                .orElseThrow(() -> new ProjectException(404, "there is no project named '" + name + "'"));
    }

    public Optional<ProjectDetail> detail(String name) {
        return projects.detail(ProjectName.normalize(name));
    }

    public void yank(String project, String version, String reason, String actor) {
        if (!projects.setYanked(require(project).id(), canonical(version), true, reason, actor)) {
            throw noRelease(project, version);
        }
    }

    public void unyank(String project, String version, String actor) {
        if (!projects.setYanked(require(project).id(), canonical(version), false, null, actor)) {
            throw noRelease(project, version);
        }
    }

    public void deleteFile(String project, String filename, String actor) {
        List<String> keys = projects.deleteFile(require(project).id(), filename, actor)
                .orElseThrow(() -> new ProjectException(404, "project '" + project + "' has no file named '" + filename + "'"));
        deleteBlobs(keys);
    }

    public void deleteRelease(String project, String version, String actor) {
        List<String> keys = projects.deleteRelease(require(project).id(), canonical(version), actor)
                .orElseThrow(() -> noRelease(project, version));
        deleteBlobs(keys);
    }

    public void deleteProject(String project, String actor) {
        List<String> keys = projects.deleteProject(require(project).id(), actor)
                .orElseThrow(() -> new ProjectException(404, "there is no project named '" + project + "'"));
        deleteBlobs(keys);
    }

    public void setRole(String project, long userId, Role role, String actor) {
        projects.setRole(require(project).id(), userId, role, actor);
    }

    public Optional<Role> roleOf(String project, long userId) {
        return projects.byNormalizedName(ProjectName.normalize(project)).flatMap(p -> projects.roleOf(p.id(), userId));
    }

    /** The projects the user has a role on, by normalized name. */
    public List<ProjectMembership> membershipsOf(long userId) {
        return projects.projectsOfUser(userId).stream()
                .map(u -> new ProjectMembership(u.project().name(), u.project().normalizedName(), u.role())).toList();
    }

    private static String canonical(String version) {
        try {
            return Version.parse(version).canonical();
        } catch (RuntimeException e) {
            throw new ProjectException("'" + version + "' is not a valid PEP 440 version");
        }
    }

    private static ProjectException noRelease(String project, String version) {
        return new ProjectException(404, "project '" + project + "' has no release " + version);
    }

    /** After the rows are gone the blobs are unreachable; a failure here only leaves unused bytes. */
    private void deleteBlobs(List<String> keys) {
        for (String key : keys) {
            try {
                blobs.delete(key);
            } catch (IOException | RuntimeException e) {
                LOG.warn("could not delete blob {}: {}", key, e.getMessage());
            }
        }
    }
}
