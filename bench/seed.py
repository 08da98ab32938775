#!/usr/bin/env python3
"""Seeds a running Larder for the benchmarks.

  seed.py files URL TOKEN PROJECT COUNT     upload COUNT tiny wheels of PROJECT through the real upload API
  seed.py projects DBFILE COUNT             insert COUNT projects straight into the SQLite database
  seed.py bigwheel PATH MEGABYTES           write a valid wheel of about that size (incompressible, STORED)
"""
import base64
import hashlib
import io
import os
import sqlite3
import sys
import time
import urllib.request
import uuid
import zipfile


def wheel_bytes(dist, name, version, payload=b""):
    buf = io.BytesIO()
    info = f"{dist}-{version}.dist-info/"
    files = {
        f"{dist}/__init__.py": b"VALUE = 1\n",
        info + "METADATA": f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n".encode(),
        info + "WHEEL": b"Wheel-Version: 1.0\nGenerator: bench\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
    }
    if payload:
        files[f"{dist}/data.bin"] = payload
    record = "".join(f"{p},,\n" for p in files) + info + "RECORD,,\n"
    files[info + "RECORD"] = record.encode()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
        for p, b in files.items():
            z.writestr(p, b)
    return buf.getvalue()


def upload(url, token, name, version, filename, content):
    boundary = uuid.uuid4().hex
    fields = {":action": "file_upload", "protocol_version": "1", "metadata_version": "2.1", "name": name,
              "version": version, "filetype": "bdist_wheel", "pyversion": "py3",
              "sha256_digest": hashlib.sha256(content).hexdigest()}
    body = io.BytesIO()
    for k, v in fields.items():
        body.write(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n".encode())
    body.write(f"--{boundary}\r\nContent-Disposition: form-data; name=\"content\"; filename=\"{filename}\"\r\n"
               "Content-Type: application/octet-stream\r\n\r\n".encode())
    body.write(content)
    body.write(f"\r\n--{boundary}--\r\n".encode())
    req = urllib.request.Request(url, data=body.getvalue(), method="POST", headers={
        "Content-Type": f"multipart/form-data; boundary={boundary}",
        "Authorization": "Basic " + base64.b64encode(f"__token__:{token}".encode()).decode()})
    with urllib.request.urlopen(req) as r:
        assert r.status == 200, r.status


def seed_files(url, token, project, count):
    dist = project.replace("-", "_")
    start = time.time()
    for i in range(count):
        version = f"1.{i // 2}"
        # two files per release: a plain wheel and one with a build tag
        filename = f"{dist}-{version}-py3-none-any.whl" if i % 2 == 0 else f"{dist}-{version}-1-py3-none-any.whl"
        upload(url, token, project, version, filename, wheel_bytes(dist, project, version, str(i).encode()))
    print(f"uploaded {count} files in {time.time() - start:.1f} s")


def seed_projects(db, count):
    con = sqlite3.connect(db, timeout=60)
    now = int(time.time() * 1_000_000)
    with con:
        con.executemany("INSERT INTO projects (name, normalized_name, created_at, last_serial, total_size) VALUES (?,?,?,0,0)",
                        ((f"Bench_Project_{i:06d}", f"bench-project-{i:06d}", now) for i in range(count)))
        con.execute("INSERT INTO journal (project_name, action, created_at) VALUES ('bench', 'bulk seed', ?)", (now,))
    print(f"inserted {count} projects")


def big_wheel(path, megabytes):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:
        dist, version = "big_bench", "1.0"
        info = f"{dist}-{version}.dist-info/"
        z.writestr(info + "METADATA", f"Metadata-Version: 2.1\nName: big-bench\nVersion: {version}\n")
        z.writestr(info + "WHEEL", "Wheel-Version: 1.0\nGenerator: bench\nRoot-Is-Purelib: true\nTag: py3-none-any\n")
        with z.open(f"{dist}/data.bin", "w", force_zip64=True) as f:
            for _ in range(megabytes):
                f.write(os.urandom(1 << 20))
        z.writestr(info + "RECORD", f"{dist}/data.bin,,\n{info}METADATA,,\n{info}WHEEL,,\n{info}RECORD,,\n")


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "files":
        seed_files(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]))
    elif cmd == "projects":
        seed_projects(sys.argv[2], int(sys.argv[3]))
    elif cmd == "bigwheel":
        big_wheel(sys.argv[2], int(sys.argv[3]))
    else:
        sys.exit(__doc__)
