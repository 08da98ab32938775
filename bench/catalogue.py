#!/usr/bin/env python3
"""A PyPI-sized synthetic catalogue for Larder's PostgreSQL schema, written as COPY text to stdout.

  catalogue.py TABLE [--projects N] [--files N] [--seed S]

TABLE is one of users, projects, project_roles, releases, files, filename_registry, journal (the
rows of that table, in COPY's text format, for `COPY TABLE (COLUMNS) FROM STDIN`), columns (print
the column list COPY needs for TABLE), names (every normalized project name, one per line),
biggest (the normalized name of the project with the most files) or summary (counts).

Every invocation with the same options describes the same catalogue: the plan (files and releases
per project) comes from the seed, and every row is computed from its ids, so the tables can be
generated one at a time and still agree with each other. Nothing is held per file.

The shape: files per project are lognormal (median 2, a long tail; the biggest projects have
thousands, capped at files/350), releases per project grow with the square root of the project's
files (about 2.4 per project overall), and each release has one sdist and then wheels. Events
happen in rounds (every project's first release, then every second release, ...), so one
project's rows are spread over the tables as uploads over years would spread them. The journal
has PyPI's entries in Larder's words ("create", "new release", "add <pyversion> file <name>"),
its ids are the serials, and projects.last_serial is each project's last entry. Blobs are not
written anywhere: file rows point at storage keys that do not exist.
"""
import argparse
import hashlib
import json
import math
import random
import sys

T0 = 1_104_537_600_000_000      # 2005-01-01, microseconds
T1 = 1_764_028_800_000_000      # 2025-11-25
WORDS = ("py data json http async fast django flask numpy test lint cloud aws azure gcp sql orm cache redis "
         "kafka yaml toml cli tool kit utils core api sdk client server auth jwt oauth crypto hash image video "
         "audio text nlp ml torch tensor graph plot chart table frame parse build pack deploy docker kube "
         "log trace metric monitor queue task job worker stream event bus grpc proto schema model type check "
         "mock fixture bench profile debug color term shell file path zip tar net socket dns mail sms pdf csv "
         "xml html web scrape crawl bot chat llm agent vector search index geo map time date money math stat "
         "rand secure vault config env flag plugin hook admin ui gui qt gtk game sound robot serial usb gpio").split()
PY_TAGS = ("cp39-cp39", "cp310-cp310", "cp311-cp311", "cp312-cp312", "cp313-cp313", "py3-none")
PLATFORMS = ("manylinux_2_17_x86_64.manylinux2014_x86_64", "manylinux_2_17_aarch64.manylinux2014_aarch64",
             "musllinux_1_2_x86_64", "macosx_10_9_x86_64", "macosx_11_0_arm64", "win_amd64", "win32")
TAGS = tuple(f"{py}-{plat}" if not py.startswith("py3") else "py3-none-any" for py in PY_TAGS for plat in PLATFORMS)
TAGS = tuple(dict.fromkeys(TAGS))   # py3-none-any once
CLASSIFIERS = ["Programming Language :: Python :: 3", "License :: OSI Approved :: MIT License",
               "Operating System :: OS Independent", "Development Status :: 4 - Beta", "Intended Audience :: Developers"]

COLUMNS = {
    "users": "id, name, name_key, email, password_hash, is_admin, disabled, created_at",
    "projects": "id, name, normalized_name, created_at, last_serial, total_size, trusted_publishing_only",
    "project_roles": "project_id, user_id, role",
    "releases": "id, project_id, version, canonical_version, created_at, yanked, yanked_reason, requires_python, metadata",
    "files": "id, release_id, project_id, filename, packagetype, python_version, comment_text, size, md5_digest, "
             "sha256_digest, blake2_256_digest, path, upload_time, uploaded_via, metadata_sha256, metadata_blake2_256, "
             "uploader_user_id, uploader_token_id",
    "filename_registry": "filename",
    "journal": "id, project_name, project_key, version, filename, action, submitted_by, created_at",
}


class Plan:
    def __init__(self, projects, files, seed):
        if files < projects:
            sys.exit("need at least one file per project")
        rng = random.Random(seed)
        sigma = 1.7
        mu = math.log(files / projects) - sigma * sigma / 2
        cap = max(100, files // 350)
        w = [rng.lognormvariate(mu, sigma) for _ in range(projects)]
        k = files / sum(w)
        f = [min(cap, max(1, round(x * k))) for x in w]
        diff = files - sum(f)
        while diff != 0:   # exact total: nudge random projects by one file
            i = rng.randrange(projects)
            if diff > 0 and f[i] < cap:
                f[i] += 1
                diff -= 1
            elif diff < 0 and f[i] > 1:
                f[i] -= 1
                diff += 1
        self.files = f
        self.releases = [min(n, max(1, round(1 + math.sqrt(n - 1) * 0.8))) for n in f]
        self.users = max(1, projects // 5)
        self.seed = seed
        self.names = [project_name(i, seed) for i in range(projects)]
        self.events = projects + sum(self.releases) + files

    def owner(self, p):
        return p % self.users + 1

    def files_in(self, p, r):
        n, rs = self.files[p], self.releases[p]
        return n // rs + (1 if r >= rs - n % rs else 0)   # later releases get the extra files

    def walk(self):
        """Yields (project, release index, release id, journal id of the release's first event, first file id)
        in upload order: round r holds every project's r-th release."""
        active = list(range(len(self.files)))
        release_id = journal_id = file_id = 1
        r = 0
        while active:
            for p in active:
                if r == 0:
                    journal_id += 1   # "create"
                yield p, r, release_id, journal_id, file_id
                n = self.files_in(p, r)
                release_id += 1
                journal_id += 1 + n
                file_id += n
            r += 1
            active = [p for p in active if self.releases[p] > r]

    def time(self, journal_id):
        return T0 + (T1 - T0) * journal_id // (self.events + 1)


def project_name(i, seed):
    h = hashlib.blake2b(f"{seed}:{i}".encode(), digest_size=8).digest()
    base = f"{WORDS[h[0] % len(WORDS)]}-{WORDS[h[1] % len(WORDS)]}-{base36(i)}"
    style = h[2] % 8
    if style == 0:
        return base.replace("-", "_").title()
    if style == 1:
        return base.replace("-", ".")
    if style == 2:
        return base.title()
    return base


def base36(n):
    s = ""
    while True:
        n, d = divmod(n, 36)
        s = "0123456789abcdefghijklmnopqrstuvwxyz"[d] + s
        if n == 0:
            return s


def normalize(name):
    return name.lower().replace("_", "-").replace(".", "-")


def version(r):
    return f"1.{r // 9}.{r % 9 + 1}"   # no trailing zero, so PEP 440's canonical form is the same string


def file_size(file_id):
    x = (file_id * 0x9E3779B97F4A7C15) & 0xFFFFFFFFFFFFFFFF
    return int(2 ** (10 + (x >> 40) / (1 << 24) * 15))   # 1 KiB .. 32 MiB, log-uniform


def filename(dist, ver, j):
    if j == 0:
        return f"{dist}-{ver}.tar.gz", "sdist", "source"
    tag = TAGS[(j - 1) % len(TAGS)]
    build = (j - 1) // len(TAGS)
    py = tag.split("-", 1)[0]
    return (f"{dist}-{ver}-{build}-{tag}.whl" if build else f"{dist}-{ver}-{tag}.whl"), "bdist_wheel", py


def copy_text(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def release_metadata(name, ver, p, r):
    h = hashlib.blake2b(f"{p}:{r}".encode(), digest_size=16).digest()
    words = [WORDS[b % len(WORDS)] for b in h]
    summary = f"{name}: {' '.join(words[:6])}"
    paragraphs = 1 + h[6] % 6   # descriptions from about 200 bytes to 1.5 KB
    description = "\n\n".join(f"## {words[i % 16]}\n\n" + " ".join(words[(i + j) % 16] for j in range(36))
                              for i in range(paragraphs))
    requires = [f"{WORDS[b % len(WORDS)]}-{WORDS[(b * 7) % len(WORDS)]}>=1.{b % 9}" for b in h[:h[7] % 5]]
    return json.dumps({
        "metadata_version": "2.1", "summary": summary, "description": description,
        "description_content_type": "text/markdown", "author": f"user{p // 5}", "author_email": f"user{p // 5}@example.com",
        "license": "MIT", "license_files": [], "classifiers": CLASSIFIERS[:1 + h[8] % 5], "requires_dist": requires,
        "provides_extra": [], "dynamic": [], "project_urls": {"Homepage": f"https://example.com/{normalize(name)}"},
    }, separators=(",", ":"))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("table")
    ap.add_argument("--projects", type=int, default=700_000)
    ap.add_argument("--files", type=int, default=7_000_000)
    ap.add_argument("--seed", type=int, default=20261125)
    a = ap.parse_args()
    if a.table == "columns":
        print("\n".join(f"{t}\t{c}" for t, c in COLUMNS.items()))
        return
    plan = Plan(a.projects, a.files, a.seed)
    out = sys.stdout
    buf = []

    def emit(line):
        buf.append(line)
        if len(buf) >= 20_000:
            out.write("".join(buf))
            buf.clear()

    t = a.table
    if t == "summary":
        fs = sorted(plan.files)
        n = len(fs)
        print(f"projects {n}, files {sum(fs)}, releases {sum(plan.releases)}, users {plan.users}, journal {plan.events}; "
              f"files per project: median {fs[n // 2]}, p90 {fs[n * 9 // 10]}, p99 {fs[n * 99 // 100]}, max {fs[-1]}, "
              f"{sum(1 for x in fs if x >= 1000)} projects with 1,000 or more")
    elif t == "names":
        for name in plan.names:
            emit(normalize(name) + "\n")
    elif t == "biggest":
        print(normalize(plan.names[max(range(len(plan.files)), key=plan.files.__getitem__)]))
    elif t == "users":
        for u in range(1, plan.users + 1):
            emit(f"{u}\tuser{u - 1}\tuser{u - 1}\tuser{u - 1}@example.com\t\\N\tf\tf\t{T0}\n")
    elif t == "project_roles":
        for p in range(len(plan.names)):
            emit(f"{p + 1}\t{plan.owner(p)}\tOwner\n")
    elif t == "projects":
        last = [0] * len(plan.names)
        created = [0] * len(plan.names)
        size = [0] * len(plan.names)
        for p, r, _, jid, fid in plan.walk():
            n = plan.files_in(p, r)
            if r == 0:
                created[p] = plan.time(jid - 1)
            last[p] = jid + n
            size[p] += sum(file_size(i) for i in range(fid, fid + n))
        for p, name in enumerate(plan.names):
            emit(f"{p + 1}\t{name}\t{normalize(name)}\t{created[p]}\t{last[p]}\t{size[p]}\tf\n")
    elif t == "releases":
        for p, r, rid, jid, _ in plan.walk():
            name, ver = plan.names[p], version(r)
            rp = ">=3.8" if p % 4 else "\\N"
            emit(f"{rid}\t{p + 1}\t{ver}\t{ver}\t{plan.time(jid)}\tf\t\\N\t{rp}\t"
                 f"{copy_text(release_metadata(name, ver, p, r))}\n")
    elif t in ("files", "filename_registry", "journal"):
        for p, r, rid, jid, fid in plan.walk():
            name, ver = plan.names[p], version(r)
            key = normalize(name)
            dist = key.replace("-", "_")
            owner = f"user{plan.owner(p) - 1}"
            if t == "journal":
                if r == 0:
                    emit(f"{jid - 1}\t{name}\t{key}\t\\N\t\\N\tcreate\t{owner}\t{plan.time(jid - 1)}\n")
                emit(f"{jid}\t{name}\t{key}\t{ver}\t\\N\tnew release\t{owner}\t{plan.time(jid)}\n")
            for j in range(plan.files_in(p, r)):
                fn, ptype, pyver = filename(dist, ver, j)
                if t == "filename_registry":
                    emit(fn + "\n")
                    continue
                when = plan.time(jid + 1 + j)
                if t == "journal":
                    emit(f"{jid + 1 + j}\t{name}\t{key}\t{ver}\t{fn}\tadd {pyver} file {fn}\t{owner}\t{when}\n")
                    continue
                i = fid + j
                h = hashlib.sha512(b"%d:%d" % (a.seed, i)).hexdigest()
                sha, b2, md5 = h[:64], h[64:], h[16:48]
                meta = f"{h[::-1][:64]}\t{h[::-1][64:]}" if ptype == "bdist_wheel" else "\\N\t\\N"
                emit(f"{i}\t{rid}\t{p + 1}\t{fn}\t{ptype}\t{pyver}\t\\N\t{file_size(i)}\t{md5}\t{sha}\t{b2}\t"
                     f"{b2[:2]}/{b2[2:4]}/{b2[4:]}/{fn}\t{when}\ttwine/6.1.0 CPython/3.12.3\t{meta}\t{plan.owner(p)}\t\\N\n")
    else:
        sys.exit(f"unknown table {t}")
    out.write("".join(buf))


if __name__ == "__main__":
    main()
