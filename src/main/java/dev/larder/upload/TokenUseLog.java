package dev.larder.upload;

import dev.larder.accounts.SecurityLog;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes "token used" to the security history of the user whose API token uploaded a file: one
 * row per stored file, so a leaked token's uploads show on its owner's history page.
 */
public final class TokenUseLog implements UploadListener {
    private static final Logger LOG = LoggerFactory.getLogger(TokenUseLog.class);
    private final SecurityLog log;

    public TokenUseLog(SecurityLog log) {
        this.log = log;
    }

    @Override
    public void stored(Uploader uploader, String projectName, String filename) {
        if (!(uploader instanceof Uploader.TokenUser tu)) {
            return;
        }
        try {
            log.user(tu.user().id(), "token:used", tu.user().name(), "API token '" + tu.principal().token().description()
                    + "' uploaded " + filename + " to project " + projectName, Optional.empty());
        } catch (RuntimeException e) {
            // The file is committed; a history row that could not be written must not turn that into an error.
            LOG.warn("could not record the use of token {} in the security history: {}", tu.principal().token().id(), e.getMessage());
        }
    }
}
