#!/usr/bin/env python3
"""Helpers for bench/compare (Larder side by side with pypiserver and devpi-server).

  compare.py wheels DIR PROJECT COUNT       write COUNT tiny wheels of PROJECT into DIR (seed.py's builder)
  compare.py pkgs DIR COUNT                 write COUNT tiny installable packages bench-pkg-NN 1.0 into DIR
  compare.py upload URL USER PASSWORD DIR   upload every wheel in DIR (sorted) through the legacy upload API,
                                            printing the seconds taken by each 1,000 files
  compare.py rootfiles DIR COUNT            write COUNT tiny sdists, one per project (a pypiserver root)
  compare.py pgseed COUNT                   print SQL that inserts COUNT projects into Larder's PostgreSQL schema
"""
import base64
import hashlib
import io
import os
import sys
import time
import urllib.request
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from seed import wheel_bytes  # noqa: E402


def write_wheels(directory, project, count):
    os.makedirs(directory, exist_ok=True)
    dist = project.replace("-", "_")
    for i in range(count):
        version = f"1.{i // 2}"
        filename = f"{dist}-{version}-py3-none-any.whl" if i % 2 == 0 else f"{dist}-{version}-1-py3-none-any.whl"
        with open(os.path.join(directory, filename), "wb") as f:
            f.write(wheel_bytes(dist, project, version, str(i).encode()))


def write_pkgs(directory, count):
    os.makedirs(directory, exist_ok=True)
    for i in range(count):
        name = f"bench-pkg-{i:02d}"
        dist = name.replace("-", "_")
        with open(os.path.join(directory, f"{dist}-1.0-py3-none-any.whl"), "wb") as f:
            f.write(wheel_bytes(dist, name, "1.0"))


def parse(filename):
    parts = filename[:-len(".whl")].split("-")
    return parts[0].replace("_", "-"), parts[1]


def upload_one(url, auth, filename, content):
    name, version = parse(filename)
    boundary = uuid.uuid4().hex
    fields = {":action": "file_upload", "protocol_version": "1", "metadata_version": "2.1", "name": name,
              "version": version, "filetype": "bdist_wheel", "pyversion": "py3",
              "sha256_digest": hashlib.sha256(content).hexdigest(), "md5_digest": hashlib.md5(content).hexdigest()}
    body = io.BytesIO()
    for k, v in fields.items():
        body.write(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n".encode())
    body.write(f"--{boundary}\r\nContent-Disposition: form-data; name=\"content\"; filename=\"{filename}\"\r\n"
               "Content-Type: application/octet-stream\r\n\r\n".encode())
    body.write(content)
    body.write(f"\r\n--{boundary}--\r\n".encode())
    req = urllib.request.Request(url, data=body.getvalue(), method="POST", headers={
        "Content-Type": f"multipart/form-data; boundary={boundary}", "Authorization": auth})
    with urllib.request.urlopen(req) as r:
        assert r.status == 200, r.status


def upload_dir(url, user, password, directory):
    auth = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
    names = sorted(n for n in os.listdir(directory) if n.endswith(".whl"))
    start = last = time.time()
    for i, n in enumerate(names, 1):
        with open(os.path.join(directory, n), "rb") as f:
            upload_one(url, auth, n, f.read())
        if i % 1000 == 0:
            now = time.time()
            print(f"files {i - 999}-{i}: {now - last:.2f} s")
            last = now
    print(f"uploaded {len(names)} files in {time.time() - start:.2f} s")


def write_rootfiles(directory, count):
    os.makedirs(directory, exist_ok=True)
    for i in range(count):
        open(os.path.join(directory, f"bench_project_{i:06d}-1.0.tar.gz"), "wb").close()


def pg_seed(count):
    print("BEGIN;")
    print("INSERT INTO projects (name, normalized_name, created_at, last_serial, total_size) "
          f"SELECT 'Bench_Project_' || lpad(i::text, 6, '0'), 'bench-project-' || lpad(i::text, 6, '0'), "
          f"{int(time.time() * 1_000_000)}, 0, 0 FROM generate_series(0, {count - 1}) AS i;")
    print(f"INSERT INTO journal (project_name, action, created_at) VALUES ('bench', 'bulk seed', {int(time.time() * 1_000_000)});")
    print("COMMIT;")


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "wheels":
        write_wheels(args[0], args[1], int(args[2]))
    elif cmd == "pkgs":
        write_pkgs(args[0], int(args[1]))
    elif cmd == "upload":
        upload_dir(*args)
    elif cmd == "rootfiles":
        write_rootfiles(args[0], int(args[1]))
    elif cmd == "pgseed":
        pg_seed(int(args[0]))
    else:
        sys.exit(__doc__)
