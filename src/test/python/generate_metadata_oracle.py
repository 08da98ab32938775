#!/usr/bin/env python3
"""Write golden test data for dev.larder.packaging.metadata.UploadMetadataValidator.

Expected outcomes come from the real libraries PyPI uses: packaging 26.4's
``Metadata.from_raw(..., validate=True)`` for the core checks, and, for PyPI's own rules,
a re-creation of the upload pipeline described in shared/spec/upload-and-simple-api.md
(sections 2.3.2 and 2.7.2) driven by ``trove-classifiers``, ``rfc3986`` and
``email-validator``. Python is only needed to regenerate; the Java tests read the files.

    python3 -m pip install 'packaging==26.4' trove-classifiers rfc3986 email-validator
    python3 src/test/python/generate_metadata_oracle.py

Files (same escaping as generate_packaging_oracle.py):
    metadata-forms.tsv    id, form key, value; one row per value sent, in order
    metadata-results.tsv  id, outcome (ok/error), message, how to compare it, and for
                          accepted forms some normalised values
    metadata-urls.tsv     url, whether PyPI's URL rule accepts it
    metadata-emails.tsv   address, whether email-validator accepts it
"""

from __future__ import annotations

import email.utils
import os
import random
import sys

import email_validator
import packaging
from packaging.licenses import InvalidLicenseExpression, canonicalize_license_expression
from packaging.licenses import _spdx
from packaging.metadata import InvalidMetadata, Metadata, _LIST_FIELDS, _RAW_TO_EMAIL_MAPPING, _STRING_FIELDS
from packaging.requirements import InvalidRequirement, Requirement
from rfc3986 import exceptions as uri_exceptions, uri_reference, validators as uri_validators
from trove_classifiers import all_classifiers, deprecated_classifiers

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from generate_packaging_oracle import mutate, write_tsv  # noqa: E402

SUPPORTED = {"1.0", "1.1", "1.2", "2.1", "2.2", "2.3", "2.4", "2.5"}
CORE_HELP = "https://packaging.python.org/specifications/core-metadata"
LOCAL_HELP = "https://packaging.python.org/en/latest/specifications/version-specifiers/#local-version-identifiers"
DYNAMIC_FIELDS = {f.lower() for f in [
    "Platform", "Supported-Platform", "Summary", "Description", "Description-Content-Type", "Keywords",
    "Home-Page", "Download-Url", "Author", "Author-Email", "Maintainer", "Maintainer-Email", "License",
    "License-Expression", "License-File", "Classifier", "Requires-Dist", "Requires-Python",
    "Requires-External", "Project-Url", "Provides-Extra", "Provides-Dist", "Obsoletes-Dist", "Requires",
    "Provides", "Obsoletes", "Import-Name", "Import-Namespace"]}
# Form key -> RawMetadata key; the upload form uses singular names for these lists.
FORM_OVERRIDES = {"platforms": "platform", "supported_platforms": "supported_platform",
                  "license_files": "license_file", "import_names": "import_name",
                  "import_namespaces": "import_namespace"}
FORM_TO_RAW = {FORM_OVERRIDES.get(raw, raw): raw for raw in _RAW_TO_EMAIL_MAPPING}
# Larder also reads uv's spellings of the import-name fields.
ALIASES = {"import_names": "import_name", "import_namespaces": "import_namespace"}


def is_valid_uri(uri: str) -> bool:
    """PyPI's URL rule: rfc3986 normalisation, http(s) only, no authority required."""
    ref = uri_reference(uri).normalize()
    validator = uri_validators.Validator().allow_schemes("http", "https")
    validator.require_presence_of("scheme")
    validator.check_validity_of("scheme", "host", "port", "path", "query")
    try:
        validator.validate(ref)
    except uri_exceptions.ValidationError:
        return False
    return True


def email_ok(address: str) -> bool:
    try:
        email_validator.validate_email(address, check_deliverability=False)
    except email_validator.EmailNotValidError:
        return False
    return True


class Rejected(Exception):
    def __init__(self, errors: list[InvalidMetadata]):
        self.errors = errors


def read_form(form: dict[str, list[str]]) -> dict:
    raw: dict = {}
    unparsed = []
    merged: dict[str, list[str]] = {}
    for key, values in form.items():
        merged.setdefault(ALIASES.get(key, key), []).extend(values)
    for name, value in merged.items():
        raw_name = FORM_TO_RAW.get(name)
        if raw_name is None or value == [""] or not value:
            continue
        if raw_name in _STRING_FIELDS and len(value) == 1:
            raw[raw_name] = value[0]
        elif raw_name in _LIST_FIELDS:
            raw[raw_name] = value
        elif raw_name == "keywords" and len(value) == 1:
            raw[raw_name] = [k.strip() for k in value[0].split(",")]
        elif raw_name == "project_urls":
            urls = {}
            for pair in value:
                label, _, url = (s.strip() for s in pair.partition(","))
                if label in urls:
                    unparsed.append(name)
                    break
                urls[label] = url
            else:
                raw[raw_name] = urls
        else:
            unparsed.append(name)
    if unparsed:
        raise Rejected([InvalidMetadata(key, f"{key!r} has invalid data") for key in unparsed])
    return raw


def pypi_rules(meta: Metadata) -> list[InvalidMetadata]:
    errors = []
    if meta.metadata_version not in SUPPORTED:
        errors.append(InvalidMetadata("metadata-version", f"{meta.metadata_version!r} is not a valid metadata version"))
    if meta.version.local:
        errors.append(InvalidMetadata("version", f"The use of local versions in '{meta.version}' is not allowed."))
    if isinstance(meta.summary, str) and len(meta.summary) > 512:
        errors.append(InvalidMetadata("summary", "'summary' field must be 512 characters or less."))
    for field in ("author_email", "maintainer_email"):
        value = getattr(meta, field)
        if value is not None:
            _, address = email.utils.parseaddr(value)
            if address and not email_ok(address):
                errors.append(InvalidMetadata(_RAW_TO_EMAIL_MAPPING[field],
                                              f"{address!r} is not a valid email address: (detail)"))
    for classifier in sorted(set(meta.classifiers or []) - set(all_classifiers)):
        errors.append(InvalidMetadata("classifier", f"{classifier!r} is not a valid classifier."))
    for classifier in sorted(set(meta.classifiers or []) & deprecated_classifiers.keys()):
        replacements = deprecated_classifiers[classifier]
        if replacements:
            message = f"The classifier {classifier!r} has been deprecated, use one of {replacements} instead."
        else:
            message = f"The classifier {classifier!r} has been deprecated."
        errors.append(InvalidMetadata("classifier", message))
    for field in ("home_page", "download_url"):
        url = getattr(meta, field)
        if url is not None and not is_valid_uri(url):
            errors.append(InvalidMetadata(_RAW_TO_EMAIL_MAPPING[field], f"{url!r} is not a valid url."))
    for label, url in (meta.project_urls or {}).items():
        if not label:
            errors.append(InvalidMetadata("project-url", "Must have a label"))
        elif len(label) > 32:
            errors.append(InvalidMetadata("project-url", f"{label!r} must be 32 characters or less."))
        elif not url:
            errors.append(InvalidMetadata("project-url", "Must have a URL"))
        elif not is_valid_uri(url):
            errors.append(InvalidMetadata("project-url", f"{url!r} is not a valid url"))
    for field in ("provides_dist", "obsoletes_dist"):
        for text in getattr(meta, field) or []:
            try:
                req = Requirement(text)
            except InvalidRequirement as exc:
                errors.append(InvalidMetadata(_RAW_TO_EMAIL_MAPPING[field], f"{text!r} is invalid: {exc}"))
            else:
                if req.url is not None:
                    errors.append(InvalidMetadata(_RAW_TO_EMAIL_MAPPING[field], f"Can't have direct dependency: {text!r}"))
    for req in meta.requires_dist or []:
        if req.url is not None:
            errors.append(InvalidMetadata("requires-dist", f"Can't have direct dependency: {req}"))
    for key in meta.dynamic or []:
        if key not in DYNAMIC_FIELDS:
            errors.append(InvalidMetadata("dynamic", f"Dynamic field {key!r} is not a valid dynamic field."))
    if meta.license and meta.license_expression:
        errors.append(InvalidMetadata("license", "License is deprecated when License-Expression is present. "
                                                 "Only License-Expression should be present."))
    return errors


def report(errors: list[InvalidMetadata]) -> tuple[str, str]:
    by_field: dict[str, list[InvalidMetadata]] = {}
    for error in errors:
        by_field.setdefault(error.field, []).append(error)
    for field in ("metadata-version", "name", "version"):
        if field in by_field:
            break
    else:
        field = sorted(by_field)[0]
    message = str(by_field[field][0])
    help_url = LOCAL_HELP if message.startswith("The use of local versions") else CORE_HELP
    text = message + ("" if message.endswith(".") else ".") + f" See {help_url} for more information."
    # packaging lists the allowed content types and variants from a set, whose order varies
    # between processes; Larder always uses this order.
    for unordered, fixed in (("['text/plain', 'text/x-rst', 'text/markdown']", ["text/plain", "text/x-rst", "text/markdown"]),
                             ("['GFM', 'CommonMark']", ["GFM", "CommonMark"])):
        for permutation in permutations(fixed):
            text = text.replace(str(permutation), unordered)
    return field, text


def permutations(items):
    import itertools
    return [list(p) for p in itertools.permutations(items)]


def comparison(message: str) -> str:
    """How much of the message Java must match: all, or a prefix where wording is Larder's own."""
    for marker in (" is not a valid email address: ", ": invalid parameter ", ": parameter with invalid trailing text "):
        index = message.find(marker)
        if index >= 0:
            return f"prefix:{len(message[:index + len(marker)])}"
    return "exact"


def validate(form: dict[str, list[str]]):
    try:
        raw = read_form(form)
        try:
            meta = Metadata.from_raw(raw, validate=True)
        except ExceptionGroup as group:
            raise Rejected(list(group.exceptions)) from None
        errors = pypi_rules(meta)
        if errors:
            raise Rejected(errors)
        return meta, None
    except Rejected as rejected:
        return None, report(rejected.errors)

# ---------------------------------------------------------------- cases

FIELD_VALUES = {
    "name": ["demo", "Demo_Pkg", "demo-", "-demo", "de mo", "caf\u00e9", "a", "A.B-C_D"],
    "version": ["1.0", "1.0.0", "v1.0-RC1", "dog", "1.0.dev.a1", "1.0+local", "1.0+Ubuntu.1", " 1.0 ", "1!2.0"],
    "summary": ["A demo package", "two\nlines", "tab\there", "x" * 512, "x" * 513, "\u00e9" * 513, "cr\rhere",
                "vt\x0bhere", "sep\u2028here", "nbsp\u00a0here"],
    "description": ["# Title\n\nBody", "plain text"],
    "description_content_type": [
        "text/plain", "text/markdown", "text/x-rst", "TEXT/Markdown", "text/markdown; charset=UTF-8; variant=GFM",
        "text/markdown; variant=CommonMark", "text/markdown; variant=commonmark", "text/markdown; variant=\"GFM\"",
        "text/plain; charset=utf-8", "text/plain; charset=latin-1", "text/plain; charset=utf8", "text/html",
        "text/plain;", "text/plain; charset", "text/plain; x*", "text", "text/", "/plain", "text //plain",
        "text /plain", "text/ plain", "text/plain (comment)", "(c) text/plain", "text/plain; charset*=utf-8''UTF-8",
        "text/plain; charset*=bad'utf-8", "text/plain\n", "text/plain\nx", "text/plain, text/html",
        "text/plain; charset=utf-8; charset=ascii", "text/plain;;charset=utf-8", "text/plain; a=b c",
        "text/plain; =x", "text/pl@in", "text/plain/x", "text/plain\x7f", "text/plain; x=\"a",
        "text/markdown; VARIANT=GFM", "text/x-rst; charset=\"UTF-8\"", " text/plain ", "text/plain\t",
        "text/plain; charset*0=utf; charset*1=-8", "multipart/mixed", "text/markdownx",
    ],
    "keywords": ["a,b, c", "single", " , ,"],
    "home_page": ["https://example.com", "http://x", "ftp://example.com", "example.com", "https://exa mple.com",
                  "https://x:99999/", "https://x:65535/", "https://x/a[b]", "HTTPS://EXAMPLE.COM", "mailto:a@b.c",
                  "https://x/?q=[1]", "https://1.2.3.400:99999/"],
    "download_url": ["https://example.com/dl", "javascript:alert(1)", "//example.com"],
    "author": ["Jane Doe"],
    # E-mail fields hold addresses PyPI and Larder judge alike; Larder's own rule (every address
    # of the list, its own wording) is unit-tested, and metadata-emails.tsv checks single addresses.
    "author_email": ["jane@example.com", "Jane Doe <jane@example.com>", "<jane@example.com>",
                     "jane@example.com (Jane)", "j\u00e9ne@ex\u00e4mple.com"],
    "maintainer": ["John"],
    "maintainer_email": ["john@example.org", "John <john@example.org>, Jane <jane@example.org>"],
    "license": ["MIT", "Proprietary"],
    "license_expression": ["MIT", "mit", "mit and (apache-2.0 or bsd-2-clause)", "GPL-2.0-or-later WITH classpath-exception-2.0",
                           "Apache-2.0 WITH LLVM-exception", "LicenseRef-Proprietary", "licenseref-my-license",
                           "MIT OR LicenseRef-A OR licenseref-a", "GPL-2.0+", "LicenseRef-x+", "(MIT", "MIT)",
                           "MIT AND", "AND MIT", "MIT WITH", "(MIT) WITH Classpath-exception-2.0", "Unknown-License",
                           "MIT WITH Unknown-exception", "MIT WITH MIT", "LicenseRef-\u00e9", "LicenseRef-", "MIT  OR\tBSD-3-Clause",
                           "((MIT))", "mit or", "Apache-2.0 WITH LLVM-exception WITH LLVM-exception"],
    "license_file": ["LICENSE", "licenses/LICENSE.txt", "../LICENSE", "a..b", "*.txt", "/LICENSE", "C:/LICENSE",
                     "C:LICENSE", "\\\\server\\share\\LICENSE", "licenses\\LICENSE", "a//b", "./LICENSE", "LICENSE/",
                     ".", "//server/share/x", "\\LICENSE", "\\\\?\\C:\\x", "1:x", "a/./b", "\u00e9/LICENSE"],
    "classifiers": ["Programming Language :: Python :: 3", "License :: OSI Approved :: MIT License",
                    "Not :: A :: Classifier", "Framework :: Django CMS :: 4.2",
                    "License :: OSI Approved :: Intel Open Source License", "programming language :: python :: 3",
                    "Natural Language :: Ukranian", ""],
    "platform": ["Linux", "any"],
    "supported_platform": ["x86_64-linux"],
    "requires_dist": ["requests>=2.0", "requests[security] >= 2.8.1 ; python_version < '3'", "pip @ https://x/pip.zip",
                      "foo >=1.0 bar", "", "foo; extra == 'Test_X'", "x @ file:///tmp/x ; os_name == 'nt'",
                      "foo (>=1.0)"],
    "requires_python": [">=3.8", ">= 3.8, <4", "3.8", ">=3.8.*", "~=3", "", "  ", ">=3.8,"],
    "requires_external": ["libpq (>=9)", "C"],
    "project_urls": ["Homepage, https://example.com", "Docs, https://docs.example.com", "NoComma",
                     ", https://example.com", "Source, ", "X" * 33 + ", https://example.com",
                     "Bad, ftp://example.com", "Homepage, https://other.example.com", "Weird, https://x/[y]"],
    "provides_extra": ["test", "Test_Extra.Name", "-bad", "caf\u00e9", "dev"],
    "provides_dist": ["foo", "foo (1.0)", "foo @ https://x", "foo >=1.0 bar"],
    "obsoletes_dist": ["bar<1.0", "bar @ https://y"],
    "requires": ["os", "foo (>1)"],
    "provides": ["demo"],
    "obsoletes": ["old"],
    "dynamic": ["Summary", "requires-dist", "Name", "VERSION", "metadata-version", "dynamic", "unknown-field",
                "License-File", "Import-Name", "description"],
    "import_name": ["demo", "demo.sub", "demo; private", "demo ; private", "demo;public", "1demo", "class",
                    "demo.", "de-mo", "match", "_private", "demo.sub;  private", "d\u00e9mo", ""],
    "import_namespace": ["ns", "ns.pkg", "ns..pkg", "import"],
    "license_files": ["IGNORED"],
    "platforms": ["ignored"],
    "unknown_key": ["whatever"],
}
METADATA_VERSIONS = ["1.0", "1.1", "1.2", "2.0", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "3.0", "-1", "2.4 ", ""]


def cases(rng: random.Random) -> list[dict[str, list[str]]]:
    base = {"metadata_version": ["2.5"], "name": ["demo"], "version": ["1.0"]}
    out = [dict(base), {}]
    for key, values in FIELD_VALUES.items():
        for value in values:
            form = dict(base)
            form[key] = [value]
            out.append(form)
            if key not in ("name", "version"):
                for mv in ("1.0", "1.2", "2.1", "2.4"):
                    older = dict(form)
                    older["metadata_version"] = [mv]
                    out.append(older)
    for mv in METADATA_VERSIONS:
        out.append({**base, "metadata_version": [mv]})
        out.append({"metadata_version": [mv]})
    out.append({key: [] for key in base})
    # single-use fields sent twice, list fields sent repeatedly
    for key in ("name", "version", "summary", "keywords", "metadata_version", "license", "home_page", "requires_python"):
        out.append({**base, key: FIELD_VALUES.get(key, ["x", "y"])[:2] if key in FIELD_VALUES else ["2.4", "2.5"]})
    out.append({**base, "classifiers": FIELD_VALUES["classifiers"]})
    out.append({**base, "project_urls": ["A, https://a", "B, https://b", "A, https://c"]})
    out.append({**base, "import_name": ["a"], "import_names": ["b", "class"]})
    out.append({**base, "import_names": ["uv.spelling"]})
    out.append({**base, "import_namespaces": ["uv.ns"]})
    keys = [k for k in FIELD_VALUES if k not in ("license_files", "platforms", "unknown_key")]
    for _ in range(1500):
        form = {"metadata_version": [rng.choice(METADATA_VERSIONS[:10])]}
        if rng.random() < 0.9:
            form["name"] = ["demo"]
            form["version"] = ["1.0"]
        for key in rng.sample(keys, rng.randrange(2, 7)):
            values = FIELD_VALUES[key]
            if key in ("classifiers", "requires_dist", "project_urls", "provides_extra", "license_file", "dynamic",
                       "import_name", "platform"):
                form[key] = rng.sample(values, rng.randrange(1, min(3, len(values)) + 1))
            else:
                form[key] = [rng.choice(values)]
        out.append(form)
    return out


def main() -> None:
    if packaging.__version__ != "26.4":
        sys.exit(f"expected packaging 26.4, found {packaging.__version__}")
    rng = random.Random(566)
    form_rows, result_rows = [], []
    for number, form in enumerate(cases(rng)):
        case_id = f"m{number}"
        for key, values in form.items():
            for value in values:
                form_rows.append([case_id, key, value])
        if not any(form.values()):
            form_rows.append([case_id, "", ""])
        meta, failure = validate(form)
        if failure:
            field, message = failure
            result_rows.append([case_id, "error", message, comparison(message), "", "", "", ""])
        else:
            result_rows.append([case_id, "ok", "", "", str(meta.version), meta.license_expression or "",
                                ",".join(meta.provides_extra or []), ",".join(meta.dynamic or [])])
    write_tsv("metadata-forms.tsv", ["id", "key", "value"], form_rows)
    write_tsv("metadata-results.tsv", ["id", "outcome", "message", "compare", "version", "license_expression",
                                       "provides_extra", "dynamic"], result_rows)

    urls = sorted(set(FIELD_VALUES["home_page"] + FIELD_VALUES["download_url"] + [
        "http://example.com", "https://exa mple.com/", "http://", "http:", "https:foo", "HTTP://X.COM", "ftp://x",
        "http://x:99999", "http://x:65535", "http://x:abc", "http://[::1]/", "http://[::1%eth0]/", "http://1.2.3.4/",
        "http://1.2.3.400/", "http://1.2.3.400:99999/", "http://a b/", "http://x/a b", "http://x/\u00e9",
        "http://\u00e9.com/", "http://x/?q=a b", "http://x/#frag ment", "http://user:pw@x/", "http://user:pw@x:99999/",
        "http://x/%zz", "mailto:x@y", "//x/y", "x", "", " http://x", "http://x\\y", "http://x/a/../b", "http://x?a=1",
        "http://x#[]", "http:\n//x", "http://x/\n", "https://example.com/a|b", "http://x/a{b}", "http://[v1.x]/",
        "http://[v1.x]:99999/", "http://[::1]:99999/", "http://[::1]:80/", "http://x:/", "http://:99999/",
        "http://@x:99999/", "http://x:999999/", "http://x:99999\n", "http://[1::2::3]:99999/", "https://x/]",
        "https://x?]", "http+x://y", "https://x/%5B", "http://x:0", "http://x:070000",
    ]))
    write_tsv("metadata-urls.tsv", ["url", "valid"], [[u, str(is_valid_uri(u)).lower()] for u in urls])

    addresses = sorted(set(FIELD_VALUES["author_email"] + [
        "not an email", "jane@localhost", "jane@example", "jane..doe@example.com", "\"quoted\"@example.com",
        "jane@example.123", "jane@-example.com", "jane@[1.2.3.4]", "a" * 65 + "@example.com", "jane@sub.example.test",
        "a@b.co", "a.b@c.d.ef", "a+b@c.com", "a_b-c@d-e.com", "a@b", "@b.com", "a@", "a@b..com", "a@.b.com",
        "a@b.com.", ".a@b.com", "a.@b.com", "a b@c.com", "a@b c.com", "a@b_c.com", "a@b.c0m", "a@b.42",
        "a@localhost.localdomain", "a@x.local", "a@x.onion", "a@x.invalid", "a@x.arpa", "a@x.example",
        "a!#$%&'*+-/=?^_`{|}~@b.com", "a(b)@c.com", "a@" + "b" * 64 + ".com", "a@" + ("b" * 60 + ".") * 5 + "com",
        "\u00fc@\u00fc.de", "a@\u00fc.de", "user@xn--bcher-kva.example",
    ]))
    # Only plain addresses that email.utils.parseaddr passes through unchanged: for anything
    # else PyPI checks whatever parseaddr salvages, which depends on the Python version.
    write_tsv("metadata-emails.tsv", ["address", "valid"],
              [[a, str(email_ok(a)).lower()] for a in addresses if email.utils.parseaddr(a)[1] == a])

    write_license_expressions(random.Random(639))


def license_expressions(rng: random.Random) -> list[str]:
    licenses = [entry["id"] for entry in _spdx.LICENSES.values()]
    exceptions = [entry["id"] for entry in _spdx.EXCEPTIONS.values()]

    def mangle_case(text: str) -> str:
        return "".join(c.upper() if rng.random() < 0.5 else c.lower() for c in text)

    def operand(depth: int) -> str:
        roll = rng.random()
        if roll < 0.15 and depth < 3:
            return "(" + expression(depth + 1) + ")"
        if roll < 0.25:
            return "LicenseRef-" + rng.choice(["Proprietary", "my-license.1", "x", "A.B-C"])
        name = mangle_case(rng.choice(licenses)) if rng.random() < 0.5 else rng.choice(licenses)
        if rng.random() < 0.1:
            name += "+"
        if rng.random() < 0.15:
            name += " " + mangle_case("with") + " " + rng.choice(exceptions)
        return name

    def expression(depth: int = 0) -> str:
        parts = [operand(depth)]
        for _ in range(rng.randrange(0, 3)):
            parts += [rng.choice(["AND", "OR", "and", "or", "And"]), operand(depth)]
        return rng.choice([" ", "  ", "\t"]).join(parts)

    out = list(FIELD_VALUES["license_expression"]) + ["", " ", "(", ")", "()", "MIT (", "MIT()", "(MIT OR)",
                                                       "MIT OR OR BSD-3-Clause", "MIT AND (GPL-2.0-only", "+",
                                                       "LICENSEREF-Upper", "LicenseRef-a LicenseRef-A",
                                                       "(" * 200 + "MIT" + ")" * 200, "(" * 201 + "MIT" + ")" * 201,
                                                       "MIT\u00a0OR\u3000BSD-3-Clause", "M\u0130T"]
    for _ in range(1500):
        out.append(expression())
    seeds = list(out)
    for _ in range(500):
        out.append(mutate(rng, rng.choice(seeds) or "MIT", "()+ -.ORANDWITHmitbsdLicenseRef\t"))
    return list(dict.fromkeys(out))


def write_license_expressions(rng: random.Random) -> None:
    rows = []
    for text in license_expressions(rng):
        try:
            rows.append([text, "ok", canonicalize_license_expression(text)])
        except InvalidLicenseExpression as e:
            rows.append([text, "error", str(e)])
    write_tsv("license-expressions.tsv", ["expression", "outcome", "canonical_or_message"], rows)


if __name__ == "__main__":
    main()
