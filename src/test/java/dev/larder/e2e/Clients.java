package dev.larder.e2e;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The client command lines the tests use, spelled once. */
final class Clients {
    private Clients() {}

    /** {@code twine upload} with an API token to {@code uploadUrl}. */
    static PythonTools.Result twineUpload(PythonTools py, Path twine, String uploadUrl, String token,
                                          Map<String, String> env, List<String> options, Path... files) {
        List<String> cmd = new ArrayList<>(List.of(twine.toString(), "upload", "--repository-url", uploadUrl,
                "-u", "__token__", "-p", token, "--non-interactive", "--disable-progress-bar", "--verbose"));
        cmd.addAll(options);
        Arrays.stream(files).map(Path::toString).forEach(cmd::add);
        return py.run(env, cmd);
    }

    /** {@code uv publish} with an API token to {@code uploadUrl}. */
    static PythonTools.Result uvPublish(PythonTools py, String uploadUrl, String token, Map<String, String> env,
                                        List<String> options, Path... files) {
        List<String> cmd = new ArrayList<>(List.of(py.uv().toString(), "publish", "--publish-url", uploadUrl,
                "--token", token, "--no-attestations"));
        cmd.addAll(options);
        Arrays.stream(files).map(Path::toString).forEach(cmd::add);
        return py.run(env, cmd);
    }

    /** {@code pip install --target} from one index only, no cache. */
    static PythonTools.Result pipInstall(PythonTools py, String indexUrl, Path target, Map<String, String> env,
                                         String... requirements) {
        List<String> cmd = new ArrayList<>(List.of(py.python().toString(), "-m", "pip", "install", "--no-cache-dir",
                "--index-url", indexUrl, "--target", target.toString()));
        cmd.addAll(List.of(requirements));
        return py.run(env, cmd);
    }

    /** {@code uv pip install --target} from one index only, no cache, for the venv's python. */
    static PythonTools.Result uvPipInstall(PythonTools py, String indexUrl, Path target, Map<String, String> env,
                                           String... requirements) {
        List<String> cmd = new ArrayList<>(List.of(py.uv().toString(), "pip", "install", "--no-cache",
                "--python", py.python().toString(), "--index-url", indexUrl, "--target", target.toString()));
        cmd.addAll(List.of(requirements));
        return py.run(env, cmd);
    }

    /** Imports demo_pkg from {@code target} and returns what {@code demo_pkg.hello("larder")} says. */
    static PythonTools.Result importDemoPkg(PythonTools py, Path target) {
        return py.run(Map.of("PYTHONPATH", target.toString()), py.python().toString(), "-c",
                "import demo_pkg, demo_dep; print(demo_pkg.__version__); print(demo_pkg.hello('larder'))");
    }
}
